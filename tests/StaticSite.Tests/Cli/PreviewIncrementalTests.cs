using System.Globalization;
using System.Text;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>
/// A save in the preview renders only what changed, and what it serves is what a build from scratch makes of the
/// same input, byte for byte: at a generated corpus whose lists (archive, topics, speakers, terms) run over several
/// pages, whose talks share hosts, guests, topics and terms, and whose exchanges have related passages in other talks.
/// </summary>
public sealed class PreviewIncrementalTests : IDisposable
{
    private const int Transcripts = 30;
    private readonly TempFolder _folder = new("preview-incremental", Corpus());

    public void Dispose() => _folder.Dispose();

    private static string N(int i) => i.ToString("00", CultureInfo.InvariantCulture);

    // Talk i: two exchanges, under topics and with terms that rotate, so every list is shared; dates 40 days apart over four years.
    private static string Corpus()
    {
        var tree = new StringBuilder("""
            -- input/site.yml --
            title: Generated Talks
            description: Many talks.
            language: en
            page_size: 4
            -- input/speakers.yml --
            host-a:
              name: Host A
            host-b:
              name: Host B

            """);
        for (var g = 1; g <= 6; g++) tree.Append(CultureInfo.InvariantCulture, $"guest-{g}:\n  name: Guest {g}\n");
        tree.Append("-- input/topics.yml --\n");
        for (var t = 1; t <= 4; t++) tree.Append(CultureInfo.InvariantCulture, $"topic-{t}:\n  title: Topic {t}\n");
        tree.Append("""
            -- input/glossary.yml --
            river:
              term: river
              definition: Water that flows.
            bridge:
              term: bridge
              definition: A way across.
            harbour:
              term: harbour
              definition: Where boats rest.

            """);
        var start = new DateOnly(2020, 1, 5);
        for (var i = 1; i <= Transcripts; i++)
        {
            var (host, guest, other) = (i % 2 == 0 ? "host-a" : "host-b", $"guest-{i % 6 + 1}", $"guest-{(i + 1) % 6 + 1}");
            var date = start.AddDays(40 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            tree.Append(CultureInfo.InvariantCulture, $$"""
                -- input/transcripts/talk-{{N(i)}}.md --
                ---
                title: Talk {{N(i)}}
                date: {{date}}
                speakers:
                  - { id: {{host}}, role: interviewer }
                  - { id: {{guest}} }
                  - { id: {{other}} }
                ---

                @{{host}} #topic-{{i % 4 + 1}}: What did you see by the river in talk {{N(i)}}?

                @{{guest}}: Answer {{N(i)}}: the water was high.

                @{{host}} #topic-{{(i + 1) % 4 + 1}}: And the bridge?

                @{{other}}: Second answer {{N(i)}}{{(i % 5 == 0 ? ", by the harbour" : "")}}.

                """);
        }
        return tree.ToString();
    }

    private PreviewSession Session() => new(new BuildOptions { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, Force = true });

    private async Task Edit(PreviewSession session, int talk, Func<string, string> change)
    {
        var file = Path.Combine(_folder.Root, $"input/transcripts/talk-{N(talk)}.md");
        var text = await File.ReadAllTextAsync(file);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        await File.WriteAllTextAsync(file, changed);
        await session.RebuildAsync();
        Assert.Empty(session.Diagnostics);
    }

    // Every file the session serves is the file an in-memory build from scratch makes, and no other file is there.
    private void AssertSameAsFreshBuild(PreviewSession session)
    {
        var fresh = SiteBuilder.Build(new BuildOptions { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, Force = true, InMemory = true });
        Assert.True(fresh.Succeeded, string.Join("\n", fresh.Diagnostics));
        var expected = fresh.Site!.Destinations.ToList();
        Assert.Equal(expected, session.Site!.Destinations.ToList());
        var differing = expected.Where(d => !fresh.Site.Find(d)!.AsSpan().SequenceEqual(session.Site.Find(d))).ToList();
        Assert.Equal([], differing);
        Assert.True(session.LastReused > 0, "the save should have reused the pages it cannot have changed");
    }

    [Fact]
    public async Task EditsOfTopicsSpeakersTermsAndDates_ServeWhatAFreshBuildMakes()
    {
        using var session = Session();
        await session.RebuildAsync();
        Assert.Empty(session.Diagnostics);

        await Edit(session, 7, text => text.Replace("#topic-1: And the bridge?", "#topic-3: And the bridge?")); // a topic
        AssertSameAsFreshBuild(session);
        await Edit(session, 8, text => text.Replace("@guest-3: Answer 08", "@guest-4: Answer 08")); // a speaker
        AssertSameAsFreshBuild(session);
        await Edit(session, 12, text => text.Replace("the water was high", "the harbour was full")); // a glossary term's use
        AssertSameAsFreshBuild(session);
        await Edit(session, 25, text => text.Replace("date: 2022-10-01", "date: 2020-02-01")); // across years and pages of the archive
        AssertSameAsFreshBuild(session);
        await Edit(session, 3, text => text.Replace("Answer 03: the water was high.", "Answer 03: the water was low.")); // words only
        AssertSameAsFreshBuild(session);
        await Edit(session, 5, text => text.Replace("title: Talk 05", "title: Talk Five")); // a title, which every list of talks shows
        AssertSameAsFreshBuild(session);
    }

    [Fact]
    public async Task EditingWordsOfOneTalk_RendersOnlyTheArchivePagesThatListIt()
    {
        using var session = Session();
        await session.RebuildAsync();
        var archive = session.Site!.Destinations.Where(d => d.StartsWith("transcripts/", StringComparison.Ordinal)
            && (d == "transcripts/index.html" || d.StartsWith("transcripts/page/", StringComparison.Ordinal))).ToList();
        Assert.True(archive.Count > 5, "the archive should run over several pages");
        var listing = archive.Where(d => Encoding.UTF8.GetString(session.Site.Find(d)!).Contains("/talk-03/", StringComparison.Ordinal)).ToList();

        await Edit(session, 3, text => text.Replace("Answer 03: the water was high.", "Answer 03: the water was low."));

        Assert.Equal(listing, archive.Intersect(session.LastRendered).ToList());
    }

    [Fact]
    public async Task EditingAPassageShownAsRelatedElsewhere_RendersThePagesThatShowIt()
    {
        using var session = Session();
        await session.RebuildAsync();
        // Talk 30's first question, as other talks' pages show it among their related passages (ties go to the newest talk).
        var showing = session.Site!.Destinations.Where(d => d.StartsWith("transcripts/talk-", StringComparison.Ordinal) && d.EndsWith("/index.html", StringComparison.Ordinal)
            && !d.StartsWith("transcripts/talk-30/", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(session.Site.Find(d)!).Contains("in talk 30?", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(showing);

        // An answer is not what a related passage shows: those pages are taken as they were.
        await Edit(session, 30, text => text.Replace("Answer 30: the water was high.", "Answer 30: the water was low."));
        Assert.Contains("transcripts/talk-30/index.html", session.LastRendered);
        Assert.Empty(showing.Intersect(session.LastRendered));

        await Edit(session, 30, text => text.Replace("in talk 30?", "in talk number 30?"));

        foreach (var page in showing)
            Assert.Contains("in talk number 30?", Encoding.UTF8.GetString(session.Site!.Find(page)!));
    }

    [Fact]
    public async Task AnAnchorGoneFromTheSavedTalk_IsReportedOnAPageTakenAsItWas()
    {
        using var session = Session();
        await session.RebuildAsync();
        // The id of talk 07's first answer, which comes from its words.
        var anchor = System.Text.RegularExpressions.Regex.Match(Encoding.UTF8.GetString(session.Site!.Find("transcripts/talk-07/index.html")!), "id=\"([^\"]*answer-07[^\"]*)\"").Groups[1].Value;
        Assert.NotEqual("", anchor);
        await Edit(session, 2, text => text + $"\nSee [the answer](/transcripts/talk-07/#{anchor}).\n");
        await Edit(session, 7, text => text.Replace("Second answer 07.", "Second answer 07, again."));
        Assert.DoesNotContain("transcripts/talk-02/index.html", session.LastRendered); // an edit of talk 07 takes talk 02's page as it was

        var file = Path.Combine(_folder.Root, "input/transcripts/talk-07.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Answer 07: the water was high.", "Answer 07: the water was low."));
        await session.RebuildAsync();

        var error = Assert.Single(session.Diagnostics, d => d.IsError);
        Assert.Equal(("SSG0202", "input/transcripts/talk-02.md"), (error.Code, error.Location.Path));
        Assert.Contains(anchor, error.Message);
    }

    [Fact]
    public async Task ATalkRemovedThatAPageTakenAsItWasLinksTo_IsReportedAtTheLink()
    {
        using var session = Session();
        await session.RebuildAsync();
        await Edit(session, 2, text => text + "\nSee [talk 7](/transcripts/talk-07/).\n");

        File.Delete(Path.Combine(_folder.Root, "input/transcripts/talk-07.md"));
        await session.RebuildAsync();

        var error = Assert.Single(session.Diagnostics, d => d.IsError);
        Assert.Equal(("SSG0201", "input/transcripts/talk-02.md"), (error.Code, error.Location.Path));
        Assert.Contains("/transcripts/talk-07/", error.Message);
    }
}
