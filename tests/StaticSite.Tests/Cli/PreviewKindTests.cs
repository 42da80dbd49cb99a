using System.Text;
using AngleSharp.Html.Parser;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>
/// A save in the preview that changes which kinds the site holds renames the collection in every page's
/// navigation, so no page may be reused from the build before, even one the saved transcript does not feed.
/// </summary>
public sealed class PreviewKindTests : IDisposable
{
    private readonly TempFolder _folder = new("preview-kind", """
        -- input/site.yml --
        title: Two Talks
        description: Two talks.
        language: en
        -- input/speakers.yml --
        host:
          name: Host
        first-guest:
          name: First Guest
        second-guest:
          name: Second Guest
        -- input/topics.yml --
        money:
          title: Money
        time:
          title: Time
        -- input/transcripts/first.md --
        ---
        title: First Talk
        date: 2024-01-01
        speakers:
          - { id: host, role: interviewer }
          - { id: first-guest }
        ---

        @host #money: What about money?

        @first-guest: Money is fine.
        -- input/transcripts/second.md --
        ---
        title: Second Talk
        date: 2024-01-02
        speakers:
          - { id: host, role: interviewer }
          - { id: second-guest }
        ---

        @host #time: What about time?

        @second-guest: Time is short.
        """);

    public void Dispose() => _folder.Dispose();

    // The navigation's item of the collection on each HTML page of the site, by destination.
    private static Dictionary<string, string> CollectionNavItems(PreviewSession session)
    {
        var parser = new HtmlParser();
        return session.Site!.Destinations.Where(d => d.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(d => d, d => parser.ParseDocument(Encoding.UTF8.GetString(session.Site.Find(d)!))
                .QuerySelector(".site-nav a[href='/transcripts/']")?.TextContent.Trim() ?? "(none)", StringComparer.Ordinal);
    }

    [Fact]
    public async Task SavingAKindThatAddsASecondKind_RenamesTheCollectionOnEveryPage()
    {
        using var session = new PreviewSession(new BuildOptions { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, Force = true });
        await session.RebuildAsync();
        Assert.Empty(session.Diagnostics);
        var before = CollectionNavItems(session);
        Assert.Contains("speakers/first-guest/index.html", before.Keys);
        Assert.All(before, page => Assert.Equal("Interviews", page.Value));

        // The second talk becomes a briefing: the first talk, its guest and its topic are fed by nothing that changed.
        var file = Path.Combine(_folder.Root, "input/transcripts/second.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("date: 2024-01-02", "date: 2024-01-02\nkind: briefing"));
        await session.RebuildAsync();

        Assert.Empty(session.Diagnostics);
        var after = CollectionNavItems(session);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Where(d => !d.StartsWith("transcripts/kinds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(after, page => Assert.Equal("Transcripts", page.Value));
        Assert.Equal(0, session.LastReused);

        // And back to one kind: every page says "Interviews" again.
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("\nkind: briefing", ""));
        await session.RebuildAsync();
        Assert.Empty(session.Diagnostics);
        Assert.All(CollectionNavItems(session), page => Assert.Equal("Interviews", page.Value));
    }

    [Fact]
    public async Task SavingWithoutChangingTheKindsHeld_StillReusesPages()
    {
        using var session = new PreviewSession(new BuildOptions { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, Force = true });
        await session.RebuildAsync();
        var file = Path.Combine(_folder.Root, "input/transcripts/second.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("date: 2024-01-02", "date: 2024-01-02\nkind: interview"));
        await session.RebuildAsync();

        Assert.Empty(session.Diagnostics);
        Assert.Contains("Interviews", CollectionNavItems(session).Values);
        Assert.True(session.LastReused > 0, "a save that keeps the kinds held reused no page");
    }
}
