using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>
/// axe-core finds nothing on any page kind, with its WCAG 2 A/AA rules and its best-practice rules
/// (unique landmarks, heading order, one main…): the real site in light and dark colour schemes, on a
/// desktop and on a 360px phone, and a second publication served under the base path /repo/. Every page
/// is opened through <see cref="BrowserTab"/>, so a script or console error fails the scan too.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium)
{
    /// <summary>The rule sets axe runs: every WCAG 2.x A and AA rule, and the best practices.</summary>
    private static readonly AxeRunOptions _rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private static readonly (ColorScheme Scheme, int Width)[] Variants =
    [
        (ColorScheme.Light, 1280),
        (ColorScheme.Dark, 1280),
        (ColorScheme.Light, 360),
        (ColorScheme.Dark, 360),
    ];

    [SkippableTheory]
    [InlineData("")]
    [InlineData("transcripts/")]
    [InlineData("transcripts/mistral-ceo-on-europe/")]
    [InlineData("transcripts/value-of-the-moon/")]
    [InlineData("transcripts/value-of-the-moon/cite/")]
    [InlineData("topics/")]
    [InlineData("topics/open-source/")]
    [InlineData("topics/public-programmes/")]
    [InlineData("speakers/pat-ryan/page/2/")]
    [InlineData("speakers/")]
    [InlineData("speakers/arthur-mensch/")]
    [InlineData("glossary/")]
    [InlineData("glossary/api/")]
    [InlineData("about/")]
    [InlineData("404.html")]
    [InlineData("search/")]
    [InlineData("search/?q=we+hired+a")]
    public async Task PageKind_HasNoAxeViolations(string path)
    {
        await using var site = await PreviewedSite.StartAsync();
        // The four variants are independent pages, so they are scanned at once.
        var reports = await Task.WhenAll(Variants.Select(variant => ScanAsync(site.Address + path, variant.Scheme, variant.Width)));
        var report = string.Concat(reports);
        Assert.True(report.Length == 0, $"/{path} has accessibility violations:{report}");
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("transcripts/")]
    [InlineData("transcripts/first-talk/")]
    [InlineData("transcripts/second-talk/")]
    [InlineData("topics/")]
    [InlineData("topics/planning/")]
    [InlineData("topics/planning/page/2/")]
    [InlineData("speakers/")]
    [InlineData("speakers/guest/")]
    [InlineData("speakers/guest/page/2/")]
    [InlineData("glossary/")]
    [InlineData("glossary/api/")]
    [InlineData("glossary/api/page/2/")]
    [InlineData("about/")]
    [InlineData("404.html")]
    [InlineData("search/")]
    [InlineData("search/?q=a+plan")]
    public async Task PageKindUnderABasePath_HasNoAxeViolations(string path)
    {
        using var site = BuiltSite.Fixture();
        var reports = await Task.WhenAll(Variants.Take(2).Select(variant => ScanAsync(site.Address + path, variant.Scheme, variant.Width, site)));
        var report = string.Concat(reports);
        Assert.True(report.Length == 0, $"/repo/{path} has accessibility violations:{report}");
    }

    [SkippableTheory]
    [InlineData("transcripts/timed-talk/")]
    [InlineData("transcripts/untimed-talk/")]
    [InlineData("topics/")]
    public async Task TimedPublication_HasNoAxeViolations(string path)
    {
        using var site = BuiltSite.Timed();
        var reports = await Task.WhenAll(Variants.Select(variant => ScanAsync(site.Address + path, variant.Scheme, variant.Width, site)));
        var report = string.Concat(reports);
        Assert.True(report.Length == 0, $"/{path} has accessibility violations:{report}");
    }

    [SkippableTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task OpenTermCard_HasNoAxeViolations(string scheme)
    {
        // axe skips what is hidden, so a term card is scanned while keyboard focus holds it open.
        await using var site = await PreviewedSite.StartAsync();
        var report = await ScanAsync(site.Address + "transcripts/mistral-ceo-on-europe/",
            scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, 1280, prepare: page => page.Locator("main a.term").First.FocusAsync());
        Assert.True(report.Length == 0, $"the transcript with a term card open has accessibility violations:{report}");
    }

    [SkippableFact]
    public async Task Scan_RunsTheBestPracticeRules()
    {
        // A page that breaks only best practices (two unnamed search landmarks, a heading level skipped): the scan must see it.
        await using var tab = await chromium.NewTabAsync();
        await tab.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><h3>skipped</h3>
            <form role="search"><label>a <input name="a"></label><button>Go</button></form>
            <form role="search"><label>b <input name="b"></label><button>Go</button></form></main></body></html>
            """);
        var result = await tab.Page.RunAxe(_rules);
        var found = result.Violations.Select(v => v.Id).ToList();
        Assert.Contains("landmark-unique", found);
        Assert.Contains("heading-order", found);
    }

    private async Task<string> ScanAsync(string url, ColorScheme scheme, int width, BuiltSite? servedBy = null, Func<IPage, Task>? prepare = null)
    {
        await using var tab = await chromium.NewTabAsync(width: width, height: 900);
        if (servedBy is not null) await servedBy.ServeAsync(tab);
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await tab.GotoAsync(url);
        if (prepare is not null) await prepare(page);
        var result = await page.RunAxe(_rules);
        var report = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            var targets = string.Join(", ", violation.Nodes.Take(3).Select(node => node.Target?.ToString()));
            report.Append($"\n  [{scheme} {width}px] {violation.Id} ({violation.Impact}): {violation.Help}; {violation.Nodes.Length} node(s): {targets}");
            var first = violation.Nodes.FirstOrDefault();
            if (first is not null)
            {
                var checks = first.Any.Concat(first.All).Concat(first.None).Select(check => check.Message).Take(2);
                report.Append($"\n      {Shorten(first.Html)}: {string.Join("; ", checks)}");
            }
        }
        return report.ToString();
    }

    private static string Shorten(string html)
    {
        var line = html.ReplaceLineEndings(" ");
        return line.Length <= 160 ? line : line[..160] + "…";
    }
}
