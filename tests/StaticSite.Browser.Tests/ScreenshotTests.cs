using Microsoft.Playwright;
using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>
/// The README's pictures are taken by the browser, from the real site, so they show the theme as it
/// is. Every run takes them (into a temp folder) and checks them; with STATICSITE_UPDATE_SCREENSHOTS=1
/// they replace docs/images/*.png, so that an ordinary test run never leaves changed files behind.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ScreenshotTests(Chromium chromium)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // The transcript's first margin note sits in its second exchange, further down than a screen
    // reaches from the top: its picture starts just above the first section heading instead.
    private const string FirstSection = ".exchange";

    [SkippableTheory]
    [InlineData("transcripts/mistral-ceo-on-europe/", 1280, 2000, FirstSection, "transcript.png")]
    [InlineData("topics/open-source/", 1280, 2000, null, "topic.png")]
    [InlineData("transcripts/mistral-ceo-on-europe/", 360, 1400, FirstSection, "transcript-phone.png")]
    [InlineData("topics/open-source/", 360, 1400, null, "topic-phone.png")]
    public async Task Page_IsPhotographedForTheReadme(string path, int width, int height, string? scrollTo, string file)
    {
        var folder = Environment.GetEnvironmentVariable("STATICSITE_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(PreviewedSite.RepoRoot(), "docs", "images")
            : Path.Combine(Path.GetTempPath(), "staticsite-screenshots");
        var target = Path.Combine(folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync(width: width, height: height);
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light, ReducedMotion = ReducedMotion.Reduce });
        await tab.GotoAsync(site.Address + path);
        if (scrollTo is not null)
        {
            // 120px above the first exchange shows its section heading too.
            await page.EvaluateAsync("selector => window.scrollTo({ top: document.querySelector(selector).getBoundingClientRect().top + window.scrollY - 120, behavior: 'instant' })", scrollTo);
        }

        await page.ScreenshotAsync(new() { Path = target, FullPage = false, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        await tab.DisposeAsync();

        var bytes = await File.ReadAllBytesAsync(target);
        Assert.Equal(PngSignature, bytes.Take(PngSignature.Length));
        Assert.Equal(width, ReadBigEndian(bytes, 16));
        Assert.Equal(height, ReadBigEndian(bytes, 20));
    }

    /// <summary>The IHDR chunk follows the signature: its width and height are 4-byte big-endian numbers.</summary>
    private static int ReadBigEndian(byte[] bytes, int offset) =>
        bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3];
}
