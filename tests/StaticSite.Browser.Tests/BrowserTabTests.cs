using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>The shared way every browser test opens a page fails on a script error or a console error.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class BrowserTabTests(Chromium chromium)
{
    [SkippableTheory]
    [InlineData("<script>document.body.closest('x').y()</script>", "uncaught script error")]
    [InlineData("<script>console.error('broken on purpose')</script>", "console error")]
    public async Task APageThatLogsAnError_FailsTheTab(string script, string expected)
    {
        var tab = await chromium.NewTabAsync();
        await tab.Page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + script + "</body></html>");
        var error = await Record.ExceptionAsync(() => tab.DisposeAsync().AsTask());
        Assert.NotNull(error);
        Assert.Contains(expected, error.Message);
    }

    [SkippableFact]
    public async Task APageWithoutErrors_ClosesQuietly()
    {
        var tab = await chromium.NewTabAsync();
        await tab.Page.SetContentAsync("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>fine</p></body></html>");
        await tab.DisposeAsync();
        Assert.Empty(tab.Errors);
    }
}
