using System.Globalization;
using StaticSite.Markdown;
using StaticSite.Markdown.Turns;
using StaticSite.Model;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// The numbers behind a transcript page's visual summaries, drawn as inline SVG by the theme
/// (_topic-strip.liquid): where each topic's exchanges fall, and each speaker's share of the words.
/// </summary>
public static class TranscriptSummaries
{
    // A mark narrower than this is hard to see and to hit with a pointer.
    private const double MinimumMarkWidth = 0.8;

    public static TopicStripView? TopicStrip(Transcript transcript, ViewFactory views)
    {
        if (transcript.Exchanges.Count == 0 || !transcript.Exchanges.Any(e => e.Topics.Count > 0)) return null;
        var timed = transcript.Header.Media is not null && transcript.Turns.Any(t => t.Item.Time is not null);
        var (starts, total) = timed ? TimeStarts(transcript) : WordStarts(transcript);
        var rows = new List<StripRowView>();
        foreach (var topic in transcript.Topics)
        {
            var link = views.TopicLink(topic);
            var marks = new List<StripMarkView>();
            for (var i = 0; i < transcript.Exchanges.Count; i++)
            {
                var exchange = transcript.Exchanges[i];
                if (!exchange.Topics.Contains(topic)) continue;
                var end = i + 1 < starts.Length ? starts[i + 1] : total;
                var x = 100.0 * starts[i] / total;
                var width = Math.Min(Math.Max(100.0 * (end - starts[i]) / total, MinimumMarkWidth), 100 - x);
                var time = timed ? Timecode.Display(starts[i]) : null;
                var where = time is not null ? $"at {time}" : $"{(int)Math.Round(x)}% of the way through";
                marks.Add(new StripMarkView(Number(x), Number(Math.Max(width, 0.1)), "#" + exchange.Turns[0].Item.Anchor,
                    $"Exchange {i + 1} of {transcript.Exchanges.Count}, {where}", i + 1, time));
            }
            rows.Add(new StripRowView(link.Title, link.Url, marks.Count, marks));
        }
        return new TopicStripView(timed ? "time" : "words", timed ? Timecode.Display(total) : null, rows);
    }

    public static IReadOnlyList<SpeakerShareView> SpeakerShares(Transcript transcript, ViewFactory views)
    {
        var words = new Dictionary<Speaker, int>(ReferenceEqualityComparer.Instance);
        var order = new List<Speaker>();
        foreach (var turn in transcript.Turns)
        {
            if (!words.ContainsKey(turn.Speaker)) order.Add(turn.Speaker);
            words[turn.Speaker] = words.GetValueOrDefault(turn.Speaker) + Transcript.CountWords(turn.Item.TextUtf8);
        }
        var total = words.Values.Sum();
        if (total == 0 || order.Count < 2) return [];
        var shares = new List<SpeakerShareView>();
        var x = 0.0;
        foreach (var speaker in order)
        {
            var width = 100.0 * words[speaker] / total;
            shares.Add(new SpeakerShareView(speaker.Name, views.SpeakerUrl(speaker), words[speaker], (int)Math.Round(width),
                Number(x), Number(width), shares.Count % 6 + 1));
            x += width;
        }
        return shares;
    }

    // Each exchange's first word, counted from the transcript's start.
    private static (int[] Starts, int Total) WordStarts(Transcript transcript)
    {
        var starts = new int[transcript.Exchanges.Count];
        var words = 0;
        foreach (var turn in transcript.Turns)
        {
            if (turn.Exchange is { } exchange && ReferenceEquals(exchange.Turns[0], turn)) starts[exchange.Index] = words;
            words += Transcript.CountWords(turn.Item.TextUtf8);
        }
        return (starts, Math.Max(words, 1));
    }

    // Each exchange's start in the recording: its first timed turn's, or the time before it when it has none.
    private static (int[] Starts, int Total) TimeStarts(Transcript transcript)
    {
        var starts = new int[transcript.Exchanges.Count];
        var last = 0;
        foreach (var exchange in transcript.Exchanges)
        {
            var first = exchange.Turns.Select(t => t.Item.Time).OfType<TurnTime>().FirstOrDefault();
            if (first is not null) last = first.Seconds;
            starts[exchange.Index] = last;
            last = exchange.Turns.Select(t => t.Item.Time).OfType<TurnTime>().LastOrDefault()?.Seconds ?? last;
        }
        return (starts, Math.Max(Math.Max(transcript.Header.Media?.Duration ?? 0, last), 1));
    }

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
