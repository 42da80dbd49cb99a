using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Every page of the real site and of a second publication built under the base path /repo/ (so every
/// page kind, pagers and both turn heading levels included) and of a timed one (player, times) is clean under html-validate's recommended
/// rules and the W3C Nu checker: no error and no warning (a section or article without a heading is one).
/// </summary>
public sealed class HtmlStandardsTests
{
    [SkippableFact]
    public async Task EveryPage_IsCleanUnderHtmlValidate()
    {
        HtmlValidators.SkipUnlessInstalled();
        using var real = BuiltSite.Real();
        using var fixture = BuiltSite.Fixture();
        using var timed = BuiltSite.Timed();
        var pages = real.Pages().Concat(fixture.Pages()).Concat(timed.Pages()).ToList();
        var messages = await HtmlValidators.HtmlValidateAsync(pages);
        Assert.True(messages.Count == 0, $"html-validate reports {messages.Count} problem(s) in {pages.Count} pages:\n" + string.Join("\n", messages.Take(40)));
    }

    [SkippableFact]
    public async Task EveryPage_IsCleanUnderTheNuChecker()
    {
        HtmlValidators.SkipUnlessInstalled();
        using var real = BuiltSite.Real();
        using var fixture = BuiltSite.Fixture();
        using var timed = BuiltSite.Timed();
        var pages = real.Pages().Concat(fixture.Pages()).Concat(timed.Pages()).ToList();
        var messages = await HtmlValidators.NuCheckerAsync(pages);
        Assert.True(messages.Count == 0, $"the Nu checker reports {messages.Count} problem(s) in {pages.Count} pages:\n" + string.Join("\n", messages.Take(40)));
    }

    [SkippableFact]
    public async Task Validators_ReportWhatTheyAreFor()
    {
        // Each validator run over a page with the faults these tests guard against must report them.
        HtmlValidators.SkipUnlessInstalled();
        var folder = Path.Combine(Path.GetTempPath(), "staticsite-validators", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, "faulty.html");
        await File.WriteAllTextAsync(page, """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Faulty</title></head>
            <body><main><h1>Faulty</h1>
            <form role="search" action="/search/"><label for="q">Search</label><input id="q" name="q"></form>
            <section><p>No heading.</p></section>
            <ul aria-label="Topics"><li>One</li></ul>
            </main></body>
            </html>

            """);
        try
        {
            var htmlValidate = await HtmlValidators.HtmlValidateAsync([page]);
            Assert.Contains(htmlValidate, m => m.Contains("wcag/h32", StringComparison.Ordinal));
            Assert.Contains(htmlValidate, m => m.Contains("aria-label-misuse", StringComparison.Ordinal));
            var nu = await HtmlValidators.NuCheckerAsync([page]);
            Assert.Contains(nu, m => m.Contains("Section lacks heading", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
