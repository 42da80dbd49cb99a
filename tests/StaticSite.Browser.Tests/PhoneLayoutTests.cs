using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>The site reads on a 360px phone: no page kind scrolls sideways; term cards open on keyboard focus without script.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PhoneLayoutTests(Chromium chromium)
{
    [SkippableTheory]
    [InlineData("")]
    [InlineData("transcripts/mistral-ceo-on-europe/")]
    [InlineData("topics/")]
    [InlineData("topics/open-source/")]
    [InlineData("speakers/arthur-mensch/")]
    [InlineData("glossary/")]
    [InlineData("glossary/api/")]
    [InlineData("about/")]
    [InlineData("404.html")]
    public async Task AtPhoneWidth_NoPageScrollsSideways(string path)
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync(width: 360, height: 740);
        var page = tab.Page;
        await tab.GotoAsync(site.Address + path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 360px screen");
    }

    [SkippableFact]
    public async Task TermCard_OpensOnKeyboardFocus()
    {
        await using var site = await PreviewedSite.StartAsync();
        await using var tab = await chromium.NewTabAsync();
        var page = tab.Page;
        await tab.GotoAsync(site.Address + "transcripts/mistral-ceo-on-europe/");
        var term = page.Locator("main a.term").First;
        var card = page.Locator("#" + await term.GetAttributeAsync("aria-describedby"));
        Assert.False(await card.IsVisibleAsync());
        await term.FocusAsync();
        Assert.True(await card.IsVisibleAsync());
    }
}
