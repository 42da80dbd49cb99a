using Microsoft.Playwright;
using StaticSite.Pipeline;

namespace StaticSite.Browser.Tests.Support;

/// <summary>
/// A publication built with the real theme into a temp folder: the real input/ at the root, a generated
/// archive, or a small fixture publication (<see cref="FixtureFiles"/>) built as `--base-path /repo/` builds it. A tab is served
/// its files by Playwright's routing at a loopback address that no request leaves the browser for.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    // Requests to this origin are answered from the output folder; nothing listens there, and nothing needs to.
    private const string Origin = "http://127.0.0.1:48123";

    private BuiltSite(string root, string basePath)
    {
        Root = root;
        BasePath = basePath;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "site");

    public string BasePath { get; }

    /// <summary>The address of the site's home page, ending in its base path.</summary>
    public string Address => Origin + BasePath;

    public static BuiltSite Real() => Build(input => PreviewedSite.CopyFolder(Path.Combine(PreviewedSite.RepoRoot(), "input"), input), null);

    public static BuiltSite Fixture() => Build(WriteFixture, "/repo/");

    /// <summary>A publication of the given input files (paths under input/), built at the root.</summary>
    public static BuiltSite Of(IEnumerable<(string Path, string Text)> files) => Build(input => Write(input, files), null);

    /// <summary>A generated archive of <paramref name="transcripts"/> transcripts (the benchmarks' corpus, seed 42) at the domain root.</summary>
    public static BuiltSite Corpus(int transcripts) =>
        Build(input => StaticSite.Benchmarks.Corpus.CorpusGenerator.Write(Path.GetDirectoryName(input)!, transcripts), null);

    /// <summary>A publication with a timed transcript and its recording (a generated tone), and an untimed one beside it.</summary>
    public static BuiltSite Timed() => Build(input =>
    {
        Write(input, TimedFiles);
        Directory.CreateDirectory(Path.Combine(input, "assets", "media"));
        File.WriteAllBytes(Path.Combine(input, "assets", "media", "tone.wav"), ToneWave.Of(6));
    }, null);

    private static BuiltSite Build(Action<string> writeInput, string? basePath)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-built", Guid.NewGuid().ToString("N"));
        writeInput(Path.Combine(root, "input"));
        var result = SiteBuilder.Build(new BuildOptions
        {
            WorkingDirectory = root,
            ThemeDirectory = Path.Combine(PreviewedSite.RepoRoot(), "theme"),
            OutputDirectory = Path.Combine(root, "site"),
            BasePath = basePath,
            Force = true,
        });
        if (!result.Succeeded || result.Diagnostics.Count > 0)
            throw new InvalidOperationException("the publication did not build cleanly:\n" + string.Join("\n", result.Diagnostics));
        return new BuiltSite(root, basePath ?? "/");
    }

    /// <summary>Every HTML page the build wrote, as full paths in ordinal order.</summary>
    public IReadOnlyList<string> Pages() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>Answers the tab's requests under <see cref="Address"/> from the output folder, as a static host would; aborts any other.</summary>
    public async Task ServeAsync(BrowserTab tab)
    {
        await tab.Page.Context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (!route.Request.Url.StartsWith(Address, StringComparison.Ordinal))
            {
                await route.AbortAsync();
                return;
            }
            var relative = Uri.UnescapeDataString(url.AbsolutePath[BasePath.Length..]);
            var file = Path.GetFullPath(Path.Combine(Output, relative));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            if (!file.StartsWith(Output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
            {
                await route.FulfillAsync(new() { Status = 404, ContentType = "text/html; charset=utf-8", Path = Path.Combine(Output, "404.html") });
                return;
            }
            var bytes = await File.ReadAllBytesAsync(file);
            // Byte ranges, as static hosts serve them: a media element can seek only in a resource served so.
            if (route.Request.Headers.TryGetValue("range", out var range) && ByteRange(range, bytes.Length) is var (from, to))
            {
                await route.FulfillAsync(new()
                {
                    Status = 206, ContentType = ContentType(file), BodyBytes = bytes[from..(to + 1)],
                    Headers = new Dictionary<string, string> { ["Accept-Ranges"] = "bytes", ["Content-Range"] = $"bytes {from}-{to}/{bytes.Length}" },
                });
                return;
            }
            await route.FulfillAsync(new() { Status = 200, ContentType = ContentType(file), BodyBytes = bytes, Headers = new Dictionary<string, string> { ["Accept-Ranges"] = "bytes" } });
        });
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    // "bytes=from-" or "bytes=from-to" within the file; anything else is answered whole.
    private static (int From, int To)? ByteRange(string header, int length)
    {
        if (!header.StartsWith("bytes=", StringComparison.Ordinal)) return null;
        var parts = header["bytes=".Length..].Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var from) || from >= length) return null;
        var to = parts[1].Length == 0 ? length - 1 : int.TryParse(parts[1], out var end) ? Math.Min(end, length - 1) : -1;
        return to < from ? null : (from, to);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".xml" => "application/xml",
        ".txt" => "text/plain; charset=utf-8",
        ".vtt" => "text/vtt; charset=utf-8",
        ".wav" => "audio/wav",
        _ => "application/octet-stream",
    };

    private static void WriteFixture(string input) => Write(input, FixtureFiles);

    private static void Write(string input, IEnumerable<(string Path, string Text)> files)
    {
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text.ReplaceLineEndings("\n"));
        }
    }

    /// <summary>
    /// A second publication, unlike the real one: every page kind, pagers (one entry a page), a transcript
    /// with sections and one without, notes, highlights, a free page with a footnote; and turns written to
    /// test search: words with "a" and "in" inside them, against the whole words.
    /// </summary>
    private static readonly (string Path, string Text)[] FixtureFiles =
    [
        ("site.yml", """
            title: Fixture Exchanges
            description: A second publication, served under a base path.
            language: en
            base_url: https://owner.example.org/
            page_size: 1
            """),
        ("speakers.yml", """
            host:
              name: Hana Host
              role: Interviewer
            guest:
              name: Gil Guest
              role: Engineer
              bio: Builds *compilers* and grows fruit.
            """),
        ("topics.yml", """
            farming:
              title: Farming
              description: What grows where.
              related: [planning]
            planning:
              title: Planning
            """),
        ("glossary.yml", """
            api:
              term: API
              aliases: [APIs]
              definition: A way for programs to talk.
              see_also: [compiler]
            compiler:
              term: compiler
              definition: A program that turns source code into another form.
              see_also: [api]
            """),
        ("transcripts/first-talk.md", """
            ---
            title: The First Talk
            date: 2024-11-07
            summary: A talk about fruit and plans.
            source: { name: Test Weekly, url: https://example.org/talk }
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            An introduction to an API and a compiler.

            ## Fruit

            @host #farming: What grows in your garden?

            @guest: Bananas, papayas and cassava grow in a garden.[^soil]

            [^soil]: The soil is ==clay== in the north.

            ## Plans

            @host #planning #farming: A map, a plan and a fee: a start?

            @guest: We sell API access to developers, and the compiler is free.

            @host #planning: What about the soil?

            @guest: Training maintains it, mostly.
            """),
        ("transcripts/second-talk.md", """
            ---
            title: The Second Talk
            date: 2024-12-01
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            @host #planning: Is the API stable?

            @guest: Yes. The ==API is stable== and documented.
            """),
        ("pages/about.md", """
            ---
            title: About
            description: What this fixture is.
            ---

            This publication is served under /repo/. See the [[api]] term.[^1]

            [^1]: A footnote on a free page.
            """),
    ];

    /// <summary>A timed talk (every turn but one with its time, a recording of six seconds) and an untimed one: the topics grid has two columns.</summary>
    private static readonly (string Path, string Text)[] TimedFiles =
    [
        ("site.yml", """
            title: Timed Exchanges
            description: A publication with a recording.
            language: en
            base_url: https://timed.example.org/
            """),
        ("speakers.yml", """
            host:
              name: Hana Host
              role: Interviewer
            guest:
              name: Gil Guest
              role: Engineer
            """),
        ("topics.yml", """
            farming:
              title: Farming
            planning:
              title: Planning
            """),
        ("transcripts/timed-talk.md", """
            ---
            title: The Timed Talk
            date: 2024-11-07
            media: { url: media/tone.wav, type: audio/wav, duration: 0:06 }
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            A recording of a tone stands in for the talk.

            @host 0:00 #farming: What grows in your garden?

            @guest 0:01: Bananas and cassava.

            @host 0:02 #planning: And the plan for next year?

            @guest 0:04: More of the same, and papayas.

            @host #farming: Anything else?

            @guest 0:05: No.
            """),
        ("transcripts/untimed-talk.md", """
            ---
            title: The Untimed Talk
            date: 2024-12-01
            speakers:
              - { id: host, role: interviewer }
              - { id: guest }
            ---

            @host #planning: Is there a plan?

            @guest: Yes, a long one.
            """),
    ];
}
