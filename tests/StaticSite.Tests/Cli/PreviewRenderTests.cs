using System.Globalization;
using System.Text;
using StaticSite.Cli.Preview;
using StaticSite.Pipeline;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Cli;

/// <summary>What a save in the preview renders: at a generated corpus, only the pages the saved transcript feeds, and the pages without dependencies.</summary>
public sealed class PreviewRenderTests : IDisposable
{
    private const int Transcripts = 30;
    private readonly TempFolder _folder = new("preview-render", Corpus());

    public void Dispose() => _folder.Dispose();

    // Each talk has a guest and a topic of its own, so that what a talk feeds is known by name.
    private static string Corpus()
    {
        var tree = new StringBuilder("""
            -- input/site.yml --
            title: Generated Talks
            description: Many talks.
            language: en

            """);
        var speakers = new StringBuilder("-- input/speakers.yml --\n");
        var topics = new StringBuilder("-- input/topics.yml --\n");
        var talks = new StringBuilder();
        for (var i = 1; i <= Transcripts; i++)
        {
            var n = i.ToString("00", CultureInfo.InvariantCulture);
            speakers.Append(CultureInfo.InvariantCulture, $"host-{n}:\n  name: Host {n}\nguest-{n}:\n  name: Guest {n}\n");
            topics.Append(CultureInfo.InvariantCulture, $"topic-{n}:\n  title: Topic {n}\n");
            talks.Append(CultureInfo.InvariantCulture, $"""
                -- input/transcripts/talk-{n}.md --
                ---
                title: Talk {n}
                date: 2024-01-{n}
                speakers:
                  - {"{"} id: host-{n}, role: interviewer {"}"}
                  - {"{"} id: guest-{n} {"}"}
                ---

                @host-{n} #topic-{n}: What is talk {n} about?

                @guest-{n}: Mostly about the number {n}.

                """);
        }
        return tree.Append(speakers).Append(topics).Append(talks).ToString();
    }

    private static bool IsOf(string destination, string n) =>
        destination.StartsWith($"transcripts/talk-{n}", StringComparison.Ordinal)
        || destination.StartsWith($"topics/topic-{n}/", StringComparison.Ordinal)
        || destination.StartsWith($"speakers/host-{n}/", StringComparison.Ordinal)
        || destination.StartsWith($"speakers/guest-{n}/", StringComparison.Ordinal);

    private static bool IsOfAnyTalk(string destination) =>
        Enumerable.Range(1, Transcripts).Any(i => IsOf(destination, i.ToString("00", CultureInfo.InvariantCulture)));

    [Fact]
    public async Task SavingOneTranscript_RendersOnlyItsPagesAndThoseOfItsSpeakersAndTopics()
    {
        using var session = new PreviewSession(new BuildOptions { WorkingDirectory = _folder.Root, ThemeDirectory = RepoPaths.Theme, Force = true });
        await session.RebuildAsync();
        Assert.Empty(session.Diagnostics);
        var first = session.LastRendered;
        // The pages no transcript feeds in particular (home, indexes, feed, search…) render at every save; the others are the talks'.
        var always = first.Where(d => !IsOfAnyTalk(d)).ToList();
        Assert.Contains("transcripts/talk-07/index.html", first);
        Assert.Contains("topics/topic-07/index.html", first);

        var file = Path.Combine(_folder.Root, "input/transcripts/talk-07.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Mostly about the number 07.", "Mostly about the number seven."));
        await session.RebuildAsync();

        Assert.Empty(session.Diagnostics);
        // The search page lists the talks by title, which the edit left as they were: it is compared, not rendered again.
        var expected = always.Where(d => d != "search/index.html").Concat(first.Where(d => IsOf(d, "07"))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, session.LastRendered);
        Assert.Equal(first.Count - expected.Count, session.LastReused);
        Assert.Contains("the number seven", Encoding.UTF8.GetString(session.Site!.Find("transcripts/talk-07/index.html")!));
        Assert.Contains("the number seven", Encoding.UTF8.GetString(session.Site!.Find("topics/topic-07/index.html")!));
        Assert.False(Directory.Exists(Path.Combine(_folder.Root, "output")), "the preview wrote its site to disk");
    }
}
