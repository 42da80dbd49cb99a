using Microsoft.Playwright;

namespace StaticSite.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright: never a downloaded browser. Without Chromium the tests
/// skip with a message on a developer's machine, and fail in CI (CI=true), where .ci/run installs it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("STATICSITE_CHROMIUM") ?? DefaultPath;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}; .ci/run installs Debian's chromium package");
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            // Root in a container needs --no-sandbox; the rest keeps Chromium from calling out on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A fresh page (its own context) that fails the test on any script or console error it logs (see
    /// <see cref="BrowserTab"/>), or a skip with the reason when there is no Chromium here.
    /// </summary>
    /// <param name="hasTouch">A touch screen: TapAsync works, and taps send touch pointer events.</param>
    public async Task<BrowserTab> NewTabAsync(int width = 1280, int height = 900, bool hasTouch = false)
    {
        Skip.If(Browser is null, $"Chromium not found at {ExecutablePath}: install Debian's chromium package to run the browser tests");
        var context = await Browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, HasTouch = hasTouch });
        return new BrowserTab(await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
