using System.IO.Hashing;
using System.Runtime.InteropServices;
using StaticSite.Input;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// A hash of everything a page shows that a save of a transcript can change, for the preview: a page whose
/// fingerprint is the previous build's is the previous build's page, byte for byte, and is not rendered again.
/// So one page of a long list is rendered when the exchanges, turns or transcripts on it changed, not every page
/// of the list. A page's module names what it shows (the transcripts, exchanges and turns by identity and
/// version, the counts its links carry, its place in the list); data files, layouts, pages and assets are not
/// in it, since the preview renders everything when one of those changes.
/// </summary>
public sealed class PageFingerprint
{
    private readonly XxHash3 _hash = new();
    private readonly SiteModel _model;
    private readonly TranscriptVersions _versions;
    private readonly PassageDigests _passages;

    private PageFingerprint(BuildContext context)
    {
        _model = context.Model;
        _versions = context.Service(_ => new TranscriptVersions());
        _passages = context.PassageDigests();
    }

    /// <summary>
    /// The document with its fingerprint (<see cref="MetadataKeys.Fingerprint"/>), worked out when the preview first
    /// asks; a build to disk reuses nothing, so its documents carry none.
    /// </summary>
    public static Document Stamp(Document document, BuildContext context, Action<PageFingerprint> shows)
    {
        if (!context.Options.InMemory) return document;
        return document.With(MetadataKeys.Fingerprint, new Lazy<ulong>(() =>
        {
            var fingerprint = new PageFingerprint(context).Add(document.Destination);
            shows(fingerprint);
            return fingerprint._hash.GetCurrentHashAsUInt64();
        }, LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>What every page shows of the whole collection (its name, from the kinds the transcripts have): when it changes, no page is reused.</summary>
    public static ulong SiteWide(BuildContext context)
    {
        var views = context.Views();
        var hash = new XxHash3();
        foreach (var part in new[] { views.Labels.CollectionText, views.Labels.CollectionTitle }
            .Concat(context.Model.Transcripts.Select(t => t.Kind.Id).Distinct().Order(StringComparer.Ordinal)))
        {
            hash.Append(MemoryMarshal.AsBytes(part.AsSpan()));
            hash.Append([0]);
        }
        return hash.GetCurrentHashAsUInt64();
    }

    public PageFingerprint Add(string text)
    {
        _hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        _hash.Append([0]);
        return this;
    }

    public PageFingerprint Add(long number)
    {
        _hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number)));
        return this;
    }


    /// <summary>A transcript by source and version: its header, body and whatever its file says.</summary>
    public PageFingerprint Transcript(Transcript transcript) => Add(transcript.Header.Location.Path).Add((long)_versions.Of(transcript));

    /// <summary>Topic links, which carry each topic's number of exchanges across the site.</summary>
    public PageFingerprint Topics(IEnumerable<Topic> topics)
    {
        foreach (var topic in topics) Add(topic.Id).Add(_model.ExchangesByTopic.TryGetValue(topic.Id, out var exchanges) ? exchanges.Count : 0);
        return this;
    }

    /// <summary>Speaker links, which carry each speaker's number of turns across the site.</summary>
    public PageFingerprint Speakers(IEnumerable<string> ids)
    {
        foreach (var id in ids) Add(id).Add(_model.TurnsBySpeaker.TryGetValue(id, out var turns) ? turns.Count : 0);
        return this;
    }

    /// <summary>Term links, which carry each term's number of occurrences across the site.</summary>
    public PageFingerprint Terms(IEnumerable<string> ids)
    {
        foreach (var id in ids) Add(id).Add(_model.TurnsByTerm.TryGetValue(id, out var turns) ? turns.Count : 0);
        return this;
    }

    /// <summary>What a page says of the interview a passage comes from: its title, address, date and kind.</summary>
    public PageFingerprint Header(Transcript transcript) => Add((long)_passages.Header(transcript));

    /// <summary>A transcript as a link (ViewFactory.TranscriptLink): its title, address and number of turns.</summary>
    public PageFingerprint Link(Transcript transcript) => Header(transcript).Add(transcript.Turns.Count);

    /// <summary>
    /// A turn shown as a passage (ViewFactory.Passage, or whole where a topic's page shows a questioner's short turn):
    /// its interview, the turn as parsed, and its exchange's topics (<see cref="PassageDigests"/>). Not the transcript's
    /// version, so that an edit elsewhere in the transcript leaves the pages that show this passage as they were.
    /// </summary>
    public PageFingerprint Passage(Turn turn) => Add((long)_passages.Of(turn));

    /// <summary>An exchange shown on a topic's page: its place in its interview and each turn as a passage.</summary>
    public PageFingerprint Exchange(Exchange exchange)
    {
        Add(exchange.Index);
        foreach (var turn in exchange.Turns) Passage(turn);
        return this;
    }

    /// <summary>A transcript shown as a card: the transcript, and the counts its speaker and topic links carry.</summary>
    public PageFingerprint Card(Transcript transcript) =>
        Transcript(transcript).Speakers(transcript.Header.Speakers.Select(s => s.Id)).Topics(transcript.Topics);

    /// <summary>The related passages of each of the transcript's exchanges (<see cref="RelatedPassages"/>), as its page shows them.</summary>
    public PageFingerprint Related(Transcript transcript, RelatedPassages related)
    {
        foreach (var exchange in transcript.Exchanges)
        {
            Add("related");
            foreach (var other in related.Of(exchange)) Passage(other.Turns[0]);
        }
        return this;
    }
}
