using AngleSharp.Html.Parser;
using StaticSite.Benchmarks.Limits;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Hardening;

/// <summary>
/// The size limits of issue 21, scaled down: the publications of the benchmark's `limits` verb (LimitCases), at sizes
/// a test run affords, build whole and right. Their time and memory at full size are the benchmark's, never a test's.
/// </summary>
public sealed class SizeLimitTests : IDisposable
{
    private const int KiB = 1024;

    private readonly TempFolder _folder = new("size-limits");

    private string Input => Path.Combine(_folder.Root, "input");

    public void Dispose() => _folder.Dispose();

    private AngleSharp.Dom.IDocument BuildAndOpen(string page)
    {
        var result = SiteBuilder.Build(new BuildOptions { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_folder.Root, "output", page)));
    }

    [Fact]
    public void AHalfMebibyteLine_IsOneWholeTurn()
    {
        LimitCases.LongLine(Input, 512 * KiB);
        var page = BuildAndOpen("transcripts/line/index.html");
        var turns = page.QuerySelectorAll("article.turn");
        Assert.Equal(2, turns.Length);
        var line = File.ReadAllText(Path.Combine(Input, "transcripts", "line.md")).Split('\n')[^2];
        Assert.Equal(line["@guest: ".Length..].TrimEnd(), turns[1].QuerySelector(".turn__body")!.TextContent.Trim());
    }

    [Fact]
    public void TwoThousandTurns_AreEachATurnOfThePage()
    {
        LimitCases.ManyTurns(Input, 2_000);
        var page = BuildAndOpen("transcripts/turns/index.html");
        var ids = page.QuerySelectorAll("article.turn").Select(t => t.Id).ToList();
        Assert.Equal(2_000, ids.Count);
        Assert.Equal(2_000, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TermsSharingTheirFirstWord_EachMentionLinksTheLongestTerm()
    {
        // 6 heads: 300 terms, each sharing its first word with 49 others ("bridge", "bridge wage", "bridge rent"…).
        LimitCases.SharedPrefixGlossary(Input, heads: 6, transcripts: 2);
        var links = Enumerable.Range(1, 2).SelectMany(i => BuildAndOpen($"transcripts/talk-{i:00}/index.html").QuerySelectorAll(".turn__body a.term")).ToList();
        Assert.True(links.Count > 300, $"{links.Count} term links");
        Assert.Contains(links, a => a.TextContent.Contains(' ', StringComparison.Ordinal)); // two-word terms are found, not only heads
        Assert.All(links, a =>
        {
            // The link's text is its term (or the plural alias): a shorter term sharing the prefix never takes the longer one's words.
            var term = a.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1].Replace('-', ' ');
            var text = a.TextContent.Trim();
            Assert.True(string.Equals(text, term, StringComparison.OrdinalIgnoreCase) || string.Equals(text, term + "s", StringComparison.OrdinalIgnoreCase), $"'{text}' links to '{term}'");
        });
    }
}
