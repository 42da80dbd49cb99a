using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StaticSite.Markdown;
using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// Hashes of what a page shows of a passage (<see cref="PageFingerprint.Passage"/>), made once per build from parts
/// that outlive it: a turn's own hash is kept with the parsed turn for the whole preview session (the parse cache
/// hands the next build the same turn when its file did not change), so a save hashes only the saved file's turns.
/// </summary>
public sealed class PassageDigests
{
    // By parsed turn, across the builds of a session: a turn no longer parsed is let go with it.
    private readonly ConditionalWeakTable<TurnItem, StrongBox<ulong>> _turns;
    // Per transcript of this build, its header's and its exchanges' topics' hashes once worked out (0 until then). Every
    // core asks at once, and a slot is a word written whole, so two cores working one out together store the same value
    // without a lock.
    private readonly Dictionary<Transcript, Slots> _slots;
    private readonly SiteModel _model;

    /// <param name="previous">The previous build's, in a preview session, whose turns' hashes this build shares.</param>
    public PassageDigests(SiteModel model, PassageDigests? previous)
    {
        _model = model;
        _turns = previous?._turns ?? [];
        _slots = model.Transcripts.ToDictionary(t => t, t => new Slots(t.Exchanges.Count), (IEqualityComparer<Transcript>)ReferenceEqualityComparer.Instance);
    }

    /// <summary>The passage as ViewFactory.Passage shows it: interview, turn, speaker, whether a questioner's, and its exchange's topics with their counts.</summary>
    public ulong Of(Turn turn)
    {
        Span<ulong> parts =
        [
            _turns.GetValue(turn.Item, item => new StrongBox<ulong>(Own(item))).Value,
            Header(turn.Transcript),
            turn.Exchange is { } exchange ? Once(ref _slots[exchange.Transcript].Topics[exchange.Index], exchange, Topics) : 0,
            turn.IsInterviewer ? 1UL : 0UL,
        ];
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(parts));
    }

    /// <summary>
    /// What a page shows of each exchange of the transcript from <paramref name="source"/> when it shows the exchange as a
    /// related passage (its first turn, as <see cref="PageFingerprint.Related"/> hashes it), by the exchange's place; empty
    /// when this build had no such transcript.
    /// </summary>
    public IReadOnlyList<ulong> AsRelated(string source) =>
        _model.Transcripts.FirstOrDefault(t => t.Header.Location.Path == source) is { } transcript ? [.. transcript.Exchanges.Select(e => Of(e.Turns[0]))] : [];

    /// <summary>What a page says of a passage's interview: its source, title, address, date and kind.</summary>
    public ulong Header(Transcript transcript) => Once(ref _slots[transcript].Header, transcript, static t =>
        Hash([t.Header.Location.Path, t.Header.Title, t.Url, t.Header.Date.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Kind.Id]));

    // A hash is never 0 here, which marks a slot not worked out yet.
    private static ulong Once<T>(ref ulong slot, T of, Func<T, ulong> hash)
    {
        if (slot == 0) slot = hash(of) | 1;
        return slot;
    }

    private sealed class Slots(int exchanges)
    {
        public ulong Header;
        public readonly ulong[] Topics = new ulong[exchanges];
    }

    private ulong Topics(Exchange exchange) =>
        Hash(exchange.Topics.SelectMany(t => new[] { t.Id, (_model.ExchangesByTopic.TryGetValue(t.Id, out var all) ? all.Count : 0).ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    // The turn as parsed: anchor, speaker as written, HTML and plain text (its excerpt is cut from the text).
    private static ulong Own(TurnItem item)
    {
        var hash = new XxHash3();
        Append(hash, item.Anchor);
        Append(hash, item.Speaker.Id);
        hash.Append(item.HtmlUtf8.Span);
        hash.Append([0]);
        hash.Append(item.TextUtf8);
        return hash.GetCurrentHashAsUInt64();
    }

    private static ulong Hash(IEnumerable<string> parts)
    {
        var hash = new XxHash3();
        foreach (var part in parts) Append(hash, part);
        return hash.GetCurrentHashAsUInt64();
    }

    private static void Append(XxHash3 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        hash.Append([0]);
    }
}
