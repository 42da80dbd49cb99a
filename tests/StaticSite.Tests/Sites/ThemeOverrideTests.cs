using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>A publication overrides theme files from input/layouts and input/assets, and ships its own assets.</summary>
public sealed class ThemeOverrideTests
{
    [Fact]
    public void LayoutInInput_ReplacesTheThemesLayout()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/layouts/404.liquid --
            <h1>Lost at {{ site.title }}</h1><p><a href="{{ site.home_url }}">Home</a></p>
            """).AssertSucceeded();
        Assert.Equal("Lost at Test Exchanges", site.Page("404.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void ALayoutTheCompilerDoesNotTake_IsRenderedByFluidAndNamed()
    {
        using var plain = TestSite.BuildMinimal().AssertSucceeded();
        Assert.Empty(plain.Result.LayoutsRenderedByFluid);
        using var site = TestSite.BuildMinimal("""
            -- input/layouts/404.liquid --
            {% capture where %}{{ site.title }}{% endcapture %}<h1>Lost at {{ where }}</h1>
            """).AssertSucceeded();
        Assert.Equal("Lost at Test Exchanges", site.Page("404.html").QuerySelector("main h1")!.TextContent);
        Assert.Equal(["404"], site.Result.LayoutsRenderedByFluid);
    }

    [Fact]
    public void ATurnsHtml_IsWrittenAsHtmlWithOrWithoutRaw_AndReadsAsTextInFilters()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/layouts/_turn.liquid --
            <article class="turn" id="{{ turn.anchor }}"><div class="plain">{{ turn.html }}</div><div class="raw">{{ turn.html | raw }}</div><p class="text">{{ turn.html | strip_html | strip }}</p></article>
            """).AssertSucceeded();
        var turn = site.Page("transcripts/first-talk/").QuerySelector("article.turn")!;
        Assert.NotNull(turn.QuerySelector(".plain > p"));
        Assert.Equal(turn.QuerySelector(".plain")!.InnerHtml, turn.QuerySelector(".raw")!.InnerHtml);
        Assert.Equal(turn.QuerySelector(".plain")!.TextContent.Trim(), turn.QuerySelector("p.text")!.TextContent);
    }

    [Fact]
    public void ContentInBase_CanBeWrittenTwiceAndReadAsText()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/layouts/base.liquid --
            <!doctype html><html lang="en"><head><title>{{ page.title }}</title></head><body><main>{{ content }}</main><aside>{{ content }}</aside><p id="words">{{ content | strip_html | strip | truncatewords: 2, "" }}</p></body></html>
            -- input/layouts/404.liquid --
            <h1>Lost here</h1>
            """).AssertSucceeded();
        var page = site.Page("404.html");
        Assert.Equal("Lost here", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Lost here", page.QuerySelector("aside h1")!.TextContent);
        Assert.Equal("Lost here", page.QuerySelector("#words")!.TextContent);
    }

    [Fact]
    public void ALayoutThatFails_IsReportedEvenWhenBaseDoesNotWriteContent()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/layouts/base.liquid --
            <!doctype html><html lang="en"><head><title>{{ page.title }}</title></head><body>nothing here</body></html>
            -- input/layouts/404.liquid --
            {% include '_nowhere' %}
            """);
        Assert.False(site.Result.Succeeded);
        Assert.Equal("input/layouts/404.liquid", site.Single(DiagnosticCodes.TemplateError).Location.Path);
    }

    [Fact]
    public void AssetsInInput_AreCopiedAndOverrideTheTheme()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/assets/css/site.css --
            body { color: rebeccapurple; }
            -- input/assets/audio/notes.txt --
            a file of the publication
            """).AssertSucceeded();
        Assert.Equal("body{color:rebeccapurple}\n", File.ReadAllText(Path.Combine(site.Output, "assets/css/site.css"))); // minified, like the theme's
        Assert.True(site.Exists("assets/audio/notes.txt"));
        Assert.True(site.Exists("assets/favicon.svg"));
    }

    [Fact]
    public void BrokenLayout_IsReportedWithTheLayoutFile()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/layouts/page.liquid --
            {% if page.title %}<h1>{{ page.title }}</h1>
            """);
        Assert.False(site.Result.Succeeded);
        Assert.Equal("input/layouts/page.liquid", site.Single(DiagnosticCodes.TemplateError).Location.Path);
    }

    [Fact]
    public void LinkInMarkdownToAnAsset_IsValidated()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/assets/files/brief.txt --
            text
            -- input/pages/about.md --
            ---
            title: About
            ---

            Download [the brief](/assets/files/brief.txt).
            """).AssertSucceeded();
        Assert.NotNull(site.Page("about/").QuerySelector("main a[href='/assets/files/brief.txt']"));
    }
}
