using System.Globalization;
using System.Text;
using StaticSite.Benchmarks.Corpus;

namespace StaticSite.Benchmarks.Limits;

/// <summary>
/// The size limits of issue 21, each a publication written into an empty input folder; the sizes are parameters,
/// so that StaticSite.Tests (which compiles this file in) builds the same shapes scaled down.
/// </summary>
public static class LimitCases
{
    private const int MiB = 1024 * 1024;

    internal static readonly IReadOnlyList<LimitCase> All =
    [
        new("transcript-50mb", "one transcript of 50 MiB (turns of five paragraphs)", input => BigTranscript(input, 50 * MiB)),
        new("line-5mb", "one turn that is a single line of 5 MiB", input => LongLine(input, 5 * MiB)),
        new("turns-20000", "20,000 turns in one transcript", input => ManyTurns(input, 20_000)),
        new("glossary-2000", "2,000 glossary terms sharing prefixes, used by 20 transcripts", input => SharedPrefixGlossary(input, heads: 40, transcripts: 20)),
        new("files-10000", "10,000 transcripts in transcripts/", input => ManyFiles(input, 10_000)),
    ];

    public static string BigTranscript(string input, int bytes)
    {
        var site = new LimitSite(input);
        site.WriteData();
        var text = new StringBuilder(LimitSite.FrontMatter(1));
        var turns = 0;
        while (text.Length < bytes)
        {
            if (turns % 100 == 0) text.Append(CultureInfo.InvariantCulture, $"## Part {turns / 100 + 1}\n\n");
            site.AppendTurn(text, turns++, paragraphs: 5, words: 300);
        }
        site.WriteFile("transcripts/big.md", text.ToString());
        return Invariant($"1 transcript, {turns:N0} turns, {text.Length / (double)MiB:F1} MiB");
    }

    public static string LongLine(string input, int bytes)
    {
        var site = new LimitSite(input);
        site.WriteData();
        var text = new StringBuilder(LimitSite.FrontMatter(1)).Append("@host: Tell me everything?\n\n@guest: ");
        while (text.Length < bytes) text.Append(site.Sentence(12)).Append(". ");
        text.Append('\n');
        site.WriteFile("transcripts/line.md", text.ToString());
        return Invariant($"1 transcript, 2 turns, the second one line of {text.Length / (double)MiB:F1} MiB");
    }

    public static string ManyTurns(string input, int turns)
    {
        var site = new LimitSite(input);
        site.WriteData();
        var text = new StringBuilder(LimitSite.FrontMatter(1));
        for (var turn = 0; turn < turns; turn++) site.AppendTurn(text, turn, paragraphs: 1, words: 10);
        site.WriteFile("transcripts/turns.md", text.ToString());
        return Invariant($"1 transcript, {turns:N0} turns, {text.Length / (double)MiB:F1} MiB");
    }

    // Heads, each a term of its own and the first word of 49 longer ones ("bridge", "bridge wage", …): every term
    // shares its first word with 49 others (40 heads: 2,000 terms), and the text mentions heads, whole terms and near misses.
    public static string SharedPrefixGlossary(string input, int heads, int transcripts)
    {
        var site = new LimitSite(input);
        var firsts = Vocabulary.Nouns.Distinct().Take(heads).ToArray();
        var tails = Vocabulary.Nouns.Distinct().Skip(40).Take(49).ToArray();
        var terms = firsts.SelectMany(h => tails.Select(t => $"{h} {t}").Prepend(h)).ToArray();
        var glossary = new StringBuilder();
        foreach (var term in terms)
            glossary.Append(CultureInfo.InvariantCulture, $"{term.Replace(' ', '-')}:\n  term: {term}\n  aliases: [{term}s]\n  definition: What the narrators call {term}.\n");
        site.WriteData(glossary.ToString());
        for (var file = 1; file <= transcripts; file++)
        {
            var text = new StringBuilder(LimitSite.FrontMatter(file));
            for (var turn = 0; turn < 100; turn++)
            {
                site.AppendTurn(text, turn, paragraphs: 1, words: 20);
                text.Append(CultureInfo.InvariantCulture, $"@guest: The {site.Pick(terms)} and the {site.Pick(terms)}s, then a {site.Pick(firsts)} {site.Pick(firsts)}.\n\n");
            }
            site.WriteFile(Invariant($"transcripts/talk-{file:00}.md"), text.ToString());
        }
        return Invariant($"{terms.Length:N0} terms ({heads} heads x 50), {transcripts} transcripts of 200 turns");
    }

    public static string ManyFiles(string input, int count)
    {
        var site = new LimitSite(input);
        site.WriteData();
        long bytes = 0;
        for (var file = 1; file <= count; file++)
        {
            var text = new StringBuilder(LimitSite.FrontMatter(file));
            for (var turn = 0; turn < 6; turn++) site.AppendTurn(text, turn, paragraphs: 1, words: 40);
            site.WriteFile(Invariant($"transcripts/talk-{file:00000}.md"), text.ToString());
            bytes += text.Length;
        }
        return Invariant($"{count:N0} transcripts of 6 turns, {bytes / (double)MiB:F1} MiB");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
