using System.Globalization;
using System.Text;
using StaticSite.Benchmarks.Corpus;

namespace StaticSite.Benchmarks.Limits;

/// <summary>
/// Writes the publications of the size limits: the data files every case shares, and transcripts of generated
/// turns. Deterministic (a fixed seed), `\n` endings, UTF-8 without BOM, so that a case is the same input every run.
/// </summary>
internal sealed class LimitSite(string input)
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Random _random = new(42);

    public string Input { get; } = input;

    /// <summary>site.yml, two speakers, three topics and the given glossary (YAML text, empty for none).</summary>
    public void WriteData(string glossary = "")
    {
        Directory.CreateDirectory(Path.Combine(Input, "transcripts"));
        WriteFile("site.yml", "title: Size limits\ndescription: A generated publication at the size limits of issue 21.\nlanguage: en\n");
        WriteFile("speakers.yml", "host:\n  name: The Host\n  role: Interviewer\nguest:\n  name: The Guest\n  role: Narrator\n");
        WriteFile("topics.yml", "work:\n  title: Work\nhome:\n  title: Home\ntown:\n  title: Town\n");
        WriteFile("glossary.yml", glossary.Length > 0 ? glossary : "{}\n");
    }

    public void WriteFile(string path, string text)
    {
        var full = Path.Combine(Input, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, _utf8);
    }

    /// <summary>The front matter of transcript <paramref name="number"/>, the host interviewing the guest.</summary>
    public static string FrontMatter(int number) => string.Create(CultureInfo.InvariantCulture,
        $"---\ntitle: Interview {number}\ndate: 2024-{1 + number % 12:00}-{1 + number % 28:00}\nspeakers:\n  - {{ id: host, role: interviewer }}\n  - {{ id: guest }}\n---\n\n");

    /// <summary>Appends turn <paramref name="number"/>: the host asks (with a topic now and then), the guest answers in <paramref name="paragraphs"/> paragraphs of about <paramref name="words"/> words.</summary>
    public void AppendTurn(StringBuilder text, int number, int paragraphs, int words)
    {
        if (number % 2 == 0)
        {
            text.Append(number % 10 == 0 ? $"@host #{Topic()}: " : "@host: ").Append(Sentence(12)).Append("?\n\n");
            return;
        }
        text.Append("@guest: ");
        for (var p = 0; p < paragraphs; p++) text.Append(Paragraph(words)).Append("\n\n");
    }

    public string Paragraph(int words)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            var length = Math.Min(words, 8 + _random.Next(12));
            text.Append(Sentence(length)).Append(". ");
            words -= length;
        }
        return text.ToString().TrimEnd();
    }

    public string Sentence(int words)
    {
        var text = new StringBuilder(Vocabulary.Subjects[_random.Next(Vocabulary.Subjects.Length)]);
        for (var i = 1; i < words; i++)
        {
            var list = (i % 3) switch { 0 => Vocabulary.Verbs, 1 => Vocabulary.Adjectives, _ => Vocabulary.Nouns };
            text.Append(' ').Append(list[_random.Next(list.Length)]);
        }
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Topic() => Pick(["work", "home", "town"]);
}
