using System.Text.Json;
using System.Text.RegularExpressions;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.EndToEnd;

/// <summary>
/// Every word the speakers say on the built site is the source's, in the source's order: the turns of each
/// transcript's JSON export, without editorial insertions, against the text it was made from (Sources/).
/// Only whitespace and the source's speaker labels are set aside; square brackets, in the source as on the
/// site, are the publisher's or the editors' marks and not spoken.
/// </summary>
public sealed class VerbatimTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private const string TimeInterview = "mistral-ceo-on-europe";
    private const string MoonPodcast = "value-of-the-moon";

    // The labels NASA's transcript opens its turns with, and the speakers they name in the transcript's front matter.
    private static readonly Dictionary<string, string> _moonPodcastLabels = new(StringComparer.Ordinal)
    {
        ["Pat Ryan (Host)"] = "pat-ryan",
        ["Host"] = "pat-ryan",
        ["Samuel Lawrence"] = "samuel-lawrence",
    };

    private static string SourcesFolder => Path.Combine(RepoPaths.Root, "tests", "StaticSite.Tests", "EndToEnd", "Sources");

    [Fact]
    public void EveryTranscript_HasASourceToBeComparedWith()
    {
        var exported = Directory.EnumerateFiles(Path.Combine(site.Output, "transcripts"), "transcript.json", SearchOption.AllDirectories)
            .Select(f => Path.GetFileName(Path.GetDirectoryName(f))!).Order(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(SourcesFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal([TimeInterview, MoonPodcast], sources);
        Assert.Equal(sources, exported);
    }

    [Fact]
    public void TimeInterview_SaysEveryWordOfThePublishedInterview()
    {
        // The published page: dateline, breadcrumb, title and introduction, then TIME's note, the interview, and a
        // "Source" caption. The introduction is the transcript's own introduction, not a turn, so it is not spoken.
        var lines = Source(TimeInterview).Split('\n');
        var note = Array.IndexOf(lines, "This interview has been condensed and edited for clarity.");
        var caption = Array.LastIndexOf(lines, "Source");
        Assert.True(note > 0 && caption > note, "the published page's note and caption were not found");
        Assert.Equal(lines[3], Export(TimeInterview).Title);

        var source = SpokenText.Words(string.Join('\n', lines[(note + 1)..caption]));
        var onSite = SpokenText.Words(string.Join('\n', Export(TimeInterview).Turns.Select(t => t.Text)));

        Assert.True(SpokenText.FirstDifference(onSite, source) < 0, SpokenText.Describe(TimeInterview, onSite, source));
    }

    [Fact]
    public void MoonPodcast_SaysEveryWordOfTheSource()
    {
        var source = SpokenText.Words(string.Join('\n', MoonPodcastTurns().Select(t => t.Text)));
        var onSite = SpokenText.Words(string.Join('\n', Export(MoonPodcast).Turns.Select(t => t.Text)));

        Assert.True(SpokenText.FirstDifference(onSite, source) < 0, SpokenText.Describe(MoonPodcast, onSite, source));
    }

    [Fact]
    public void MoonPodcast_TurnsChangeSpeakerExactlyWhereTheSourceDoes()
    {
        var source = MoonPodcastTurns();
        var onSite = Export(MoonPodcast).Turns;

        for (var i = 0; i < Math.Min(source.Count, onSite.Count); i++)
        {
            var turn = $"{MoonPodcast} turn {i + 1} (#{onSite[i].Anchor})";
            Assert.True(source[i].Speaker == onSite[i].Speaker, $"{turn}: spoken by {onSite[i].Speaker} on the site, by {source[i].Speaker} in the source");
            var (siteWords, sourceWords) = (SpokenText.Words(onSite[i].Text), SpokenText.Words(source[i].Text));
            Assert.True(SpokenText.FirstDifference(siteWords, sourceWords) < 0, SpokenText.Describe(turn, siteWords, sourceWords));
        }
        Assert.Equal(source.Count, onSite.Count);
    }

    private static string Source(string slug) => File.ReadAllText(Path.Combine(SourcesFolder, slug + ".txt"));

    /// <summary>NASA's text: three header lines and a blank one, then turns separated by two spaces or more, each opening with a label.</summary>
    private static List<(string Speaker, string Text)> MoonPodcastTurns()
    {
        var lines = Source(MoonPodcast).Split('\n', 5);
        Assert.Equal(["source:", "licence:", "speakers:", ""], lines[..4].Select(l => l.Split(' ')[0]));
        var label = new Regex("^(" + string.Join('|', _moonPodcastLabels.Keys.Select(Regex.Escape)) + "): ");
        var turns = new List<(string Speaker, string Text)>();
        foreach (var segment in Regex.Split(lines[4].Trim(), " {2,}"))
        {
            var match = label.Match(segment);
            if (match.Success)
                turns.Add((_moonPodcastLabels[match.Groups[1].Value], segment[match.Length..]));
            else if (turns.Count > 0 && SpokenText.Words(segment).Count == 0)
                turns[^1] = (turns[^1].Speaker, turns[^1].Text + " " + segment);   // "[ Music ]" between turns: a mark, not a turn
            else
                Assert.Fail($"{MoonPodcast}: a passage of the source with no speaker label: {segment[..Math.Min(60, segment.Length)]}");
        }
        return turns;
    }

    private TranscriptExport Export(string slug)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "transcripts", slug, "transcript.json")));
        var root = json.RootElement;
        return new(root.GetProperty("title").GetString()!, [.. root.GetProperty("turns").EnumerateArray().Select(t => new ExportedTurn(
            t.GetProperty("anchor").GetString()!, t.GetProperty("speaker").GetString()!, t.GetProperty("text").GetString()!))]);
    }

    private sealed record TranscriptExport(string Title, IReadOnlyList<ExportedTurn> Turns);

    private sealed record ExportedTurn(string Anchor, string Speaker, string Text);
}
