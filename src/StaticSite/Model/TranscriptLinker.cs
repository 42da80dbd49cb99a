using StaticSite.Diagnostics;
using StaticSite.Input;
using StaticSite.Markdown;

namespace StaticSite.Model;

/// <summary>Resolves one transcript's speakers and topics and groups its turns into exchanges.</summary>
internal static class TranscriptLinker
{
    public static Transcript Link(ParsedTranscript parsed, Registries registries, SiteUrls urls, Func<string, bool> assetExists, DiagnosticBag diagnostics)
    {
        var header = parsed.Header;
        MediaChecks.Check(header, parsed.Body, assetExists, diagnostics);
        var transcript = new Transcript(header, parsed.Body, urls.Transcript(header.Slug)) { Kind = Kind(header, registries.Settings.Kinds, diagnostics) };
        var declared = new Dictionary<string, TranscriptSpeaker>(StringComparer.Ordinal);
        foreach (var speaker in header.Speakers)
        {
            if (registries.Speakers.ContainsKey(speaker.Id)) declared[speaker.Id] = speaker;
            else diagnostics.Error(speaker.Location, DiagnosticCodes.UnknownSpeaker,
                $"unknown speaker '{speaker.Id}'{Suggestions.DidYouMean(speaker.Id, registries.Speakers.Keys)} (speakers are declared in speakers.yml)");
        }
        var hasInterviewer = header.Speakers.Any(s => s.IsInterviewer);
        Exchange? exchange = null;
        foreach (var item in parsed.Body.Items.OfType<TurnItem>())
        {
            var speaker = ResolveSpeaker(item.Speaker, declared, registries, header, diagnostics);
            var topics = ResolveTopics(item.Topics, registries, diagnostics);
            if (speaker is null) continue;
            var isInterviewer = declared[speaker.Id].IsInterviewer;
            if (declared[speaker.Id].IsModerator)
            {
                // A moderator hands over: their turn closes the exchange before it, and the next turn opens one.
                transcript.Turns.Add(new Turn(transcript, item, speaker, isInterviewer: false, isModerator: true));
                if (item.Topics.Count > 0)
                {
                    diagnostics.Warning(item.Topics[0].Location, DiagnosticCodes.ModeratorTopic,
                        $"a moderator's turn is filed under no topic: move '#{item.Topics[0].Id}' to the question it introduces");
                }
                exchange = null;
                continue;
            }
            var turn = new Turn(transcript, item, speaker, isInterviewer);
            if (exchange is null || !hasInterviewer || isInterviewer)
            {
                exchange = new Exchange(transcript, transcript.Exchanges.Count);
                transcript.Exchanges.Add(exchange);
            }
            turn.Exchange = exchange;
            exchange.Turns.Add(turn);
            foreach (var topic in topics.Where(t => !exchange.Topics.Contains(t))) exchange.Topics.Add(topic);
            transcript.Turns.Add(turn);
        }
        if (transcript.Turns.Count == 0 && !parsed.Body.Items.OfType<TurnItem>().Any())
        {
            diagnostics.Warning(header.Location with { Line = header.Location.Line > 0 ? 1 : 0, Column = 1 }, DiagnosticCodes.NoTurns,
                "this transcript has no turns: start a paragraph with '@speaker-id:' to begin one");
        }
        return transcript;
    }

    private static PublicationKind Kind(TranscriptHeader header, PublicationKinds kinds, DiagnosticBag diagnostics)
    {
        if (header.Kind is null) return kinds.Find(PublicationKinds.DefaultId)!;
        if (kinds.Find(header.Kind) is { } kind) return kind;
        diagnostics.Error(header.KindLocation ?? header.Location, DiagnosticCodes.UnknownKind,
            $"unknown kind '{header.Kind}'{Suggestions.DidYouMean(header.Kind, kinds.Ids)} (the kinds are {string.Join(", ", kinds.Ids)}; site.yml's 'kinds:' adds others)");
        return kinds.Find(PublicationKinds.DefaultId)!;
    }

    private static Speaker? ResolveSpeaker(IdReference reference, Dictionary<string, TranscriptSpeaker> declared, Registries registries,
        TranscriptHeader header, DiagnosticBag diagnostics)
    {
        if (declared.ContainsKey(reference.Id)) return registries.Speakers[reference.Id];
        if (!IdRules.IsValid(reference.Id)) return null; // the Markdown stage reported the malformed label
        if (header.Speakers.Any(s => s.Id == reference.Id)) return null; // declared but unknown: reported once, at the front matter
        if (registries.Speakers.ContainsKey(reference.Id))
        {
            diagnostics.Error(reference.Location, DiagnosticCodes.SpeakerNotDeclared,
                $"speaker '{reference.Id}' is not declared in this transcript; add '- {{ id: {reference.Id} }}' to 'speakers:' in its front matter");
        }
        else
        {
            diagnostics.Error(reference.Location, DiagnosticCodes.UnknownSpeaker,
                $"unknown speaker '{reference.Id}'{Suggestions.DidYouMean(reference.Id, declared.Keys.Concat(registries.Speakers.Keys).Distinct())}");
        }
        return null;
    }

    private static List<Topic> ResolveTopics(IReadOnlyList<IdReference> references, Registries registries, DiagnosticBag diagnostics)
    {
        var topics = new List<Topic>();
        foreach (var reference in references)
        {
            if (registries.Topics.TryGetValue(reference.Id, out var topic)) topics.Add(topic);
            else diagnostics.Error(reference.Location, DiagnosticCodes.UnknownTopic,
                $"unknown topic '{reference.Id}'{Suggestions.DidYouMean(reference.Id, registries.Topics.Keys)} (topics are declared in topics.yml)");
        }
        return topics;
    }
}
