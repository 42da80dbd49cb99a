using System.Text;

namespace StaticSite.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic publication (site.yml, speakers.yml, topics.yml, an 80-term glossary.yml,
/// an about page and N transcripts of about 3,000 words) into <c>ROOT/input/</c>. Everything comes
/// from seeded <see cref="Random"/>s and is written with '\n' and UTF-8 without BOM, so the same
/// seed and N give byte-identical files on every machine.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 42;

    private const int Interviewers = 12;
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static CorpusStats Write(string root, int transcripts, int seed = DefaultSeed)
    {
        var input = Path.Combine(root, "input");
        if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        Directory.CreateDirectory(Path.Combine(input, "transcripts"));
        Directory.CreateDirectory(Path.Combine(input, "pages"));

        // The glossary has its own stream, so it is the same whatever N is.
        var glossary = GlossarySeed.Terms(new Random(seed));
        var random = new Random(seed + 1);
        var sentences = new Sentences(random, glossary);
        var people = Person.Draw(random, Interviewers + Math.Max(10, transcripts * 9 / 10));
        var writer = new TranscriptWriter(random, sentences);
        var speakers = new SortedDictionary<string, Person>(StringComparer.Ordinal);
        var topics = new SortedSet<string>(StringComparer.Ordinal);
        long words = 0, bytes = 0;
        for (var i = 1; i <= transcripts; i++)
        {
            var transcript = writer.Write(i, people[..Interviewers], people[Interviewers..]);
            foreach (var person in transcript.Speakers) speakers[person.Id] = person;
            topics.UnionWith(transcript.Topics);
            words += transcript.Words;
            bytes += _utf8.GetByteCount(transcript.Text);
            Save(Path.Combine(input, "transcripts", transcript.Slug + ".md"), transcript.Text);
        }

        Save(Path.Combine(input, "site.yml"),
            "title: \"Synthetic corpus\"\ndescription: \"A generated oral-history publication for benchmarks.\"\nlanguage: en\nbase_url: \"https://example.org/\"\n");
        Save(Path.Combine(input, "speakers.yml"), string.Concat(speakers.Values.Select(p =>
            $"{p.Id}:\n  name: {YamlText.Quote(p.Name)}\n")));
        Save(Path.Combine(input, "topics.yml"), string.Concat(topics.Select(t =>
            $"{t}:\n  title: {YamlText.Quote(Sentences.Capitalize(t.Replace('-', ' ')))}\n  description: \"Passages about {t.Replace('-', ' ')}.\"\n")));
        Save(Path.Combine(input, "glossary.yml"), string.Concat(glossary.OrderBy(t => t.Id, StringComparer.Ordinal).Select(Entry)));
        Save(Path.Combine(input, "pages", "about.md"),
            "---\ntitle: \"About\"\n---\n\nA generated corpus: every [[rent-party]] and [[union card|union-card]] in it is made up.\n");
        return new CorpusStats(root, transcripts, words, bytes, glossary);
    }

    private static string Entry(CorpusTerm term)
    {
        var entry = new StringBuilder().Append(term.Id).Append(":\n  term: ").Append(YamlText.Quote(term.Term)).Append('\n');
        if (term.Aliases.Count > 0) entry.Append("  aliases: ").Append(YamlText.List(term.Aliases)).Append('\n');
        entry.Append("  definition: ").Append(YamlText.Quote(term.Definition)).Append('\n');
        if (term.SeeAlso.Count > 0) entry.Append("  see_also: [").Append(string.Join(", ", term.SeeAlso)).Append("]\n");
        return entry.ToString();
    }

    private static void Save(string path, string text) => File.WriteAllText(path, text, _utf8);
}
