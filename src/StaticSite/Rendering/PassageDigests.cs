using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<Transcript, ulong> _headers = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Exchange, ulong> _topics = new(ReferenceEqualityComparer.Instance);
    private readonly SiteModel _model;

    /// <param name="previous">The previous build's, in a preview session, whose turns' hashes this build shares.</param>
    public PassageDigests(SiteModel model, PassageDigests? previous)
    {
        _model = model;
        _turns = previous?._turns ?? [];
    }

    /// <summary>The passage as ViewFactory.Passage shows it: interview, turn, speaker, whether a questioner's, and its exchange's topics with their counts.</summary>
    public ulong Of(Turn turn)
    {
        Span<ulong> parts =
        [
            _turns.GetValue(turn.Item, item => new StrongBox<ulong>(Own(item))).Value,
            Header(turn.Transcript),
            turn.Exchange is { } exchange ? _topics.GetOrAdd(exchange, Topics) : 0,
            turn.IsInterviewer ? 1UL : 0UL,
        ];
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(parts));
    }

    /// <summary>What a page says of a passage's interview: its source, title, address, date and kind.</summary>
    public ulong Header(Transcript transcript) => _headers.GetOrAdd(transcript, static t =>
        Hash([t.Header.Location.Path, t.Header.Title, t.Url, t.Header.Date.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Kind.Id]));

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
