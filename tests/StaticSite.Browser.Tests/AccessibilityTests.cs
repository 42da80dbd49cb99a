using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>
/// axe-core (every WCAG 2 A/AA rule it runs by default) finds nothing on any page kind of the real
/// site, in light and dark colour schemes, on a desktop and on a 360px phone.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium)
{
    private static readonly (ColorScheme Scheme, int Width)[] Variants =
    [
        (ColorScheme.Light, 1280),
        (ColorScheme.Dark, 1280),
        (ColorScheme.Light, 360),
        (ColorScheme.Dark, 360),
    ];

    [SkippableTheory]
    [InlineData("")]
    [InlineData("transcripts/mistral-ceo-on-europe/")]
    [InlineData("transcripts/value-of-the-moon/")]
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
    public async Task PageKind_HasNoAxeViolations(string path)
    {
        await using var site = await PreviewedSite.StartAsync();
        // The four variants are independent pages, so they are scanned at once.
        var reports = await Task.WhenAll(Variants.Select(variant => ScanAsync(site.Address + path, variant.Scheme, variant.Width)));
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
            scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, 1280, page => page.Locator("main a.term").First.FocusAsync());
        Assert.True(report.Length == 0, $"the transcript with a term card open has accessibility violations:{report}");
    }

    private async Task<string> ScanAsync(string url, ColorScheme scheme, int width, Func<IPage, Task>? prepare = null)
    {
        var page = await chromium.NewPageAsync(width: width, height: 900);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(url);
        if (prepare is not null) await prepare(page);
        var result = await page.RunAxe();
        await page.Context.CloseAsync();
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
