using System.Globalization;
using System.Text;

namespace StaticSite.Benchmarks.Corpus;

/// <summary>
/// Writes one transcript in the project's format: front matter, an editorial introduction, 20–40
/// turns (`@speaker #topic:` labels, answers of one to three paragraphs), a `##` section every ten
/// turns, and the extensions an editor uses now and then: highlights, margin notes, insertions and
/// wiki links (the last two come from <see cref="Sentences"/>).
/// </summary>
internal sealed class TranscriptWriter(Random random, Sentences sentences)
{
    private static readonly DateOnly _firstDay = new(1995, 1, 1);
    private static readonly string[] _seasons = ["Winter", "Spring", "Summer", "Fall"];

    public GeneratedTranscript Write(int number, IReadOnlyList<Person> interviewers, IReadOnlyList<Person> narrators)
    {
        var interviewer = random.Pick(interviewers);
        var guests = random.Sample(narrators, random.Chance(0.3) ? 2 : 1);
        var topics = random.Sample(Vocabulary.Topics, random.Next(3, 7));
        var notes = new List<string>();
        var used = new List<string>();
        var body = new StringBuilder();
        var words = 0;

        var intro = sentences.Run(40, null);
        AddNote(intro, notes);
        Paragraph(body, string.Join(' ', intro));
        var turns = random.Next(20, 41);
        for (var k = 0; k < turns; k++)
        {
            var asking = k % 2 == 0 && !(k > 0 && guests.Count > 1 && random.Chance(0.2));
            if (asking && k > 0 && k % 10 == 0) Paragraph(body, "## " + Title(random.Pick(topics)));
            var speaker = asking ? interviewer : random.Pick(guests);
            var tags = random.Sample(topics, random.Chance(0.3) ? 2 : 1);
            used.AddRange(tags.Where(t => !used.Contains(t)));
            var run = sentences.Run(asking ? random.Next(60, 91) : random.Next(60, 161), asking ? tags[0] : null);
            if (!asking && random.Chance(0.12)) Highlight(run);
            if (random.Chance(0.1)) AddNote(run, notes);
            var paragraphs = Split(run);
            words += run.Sum(s => s.Count(c => c == ' ') + 1);
            Paragraph(body, $"@{speaker.Id}{string.Concat(tags.Select(t => " #" + t))}: {paragraphs[0]}");
            foreach (var paragraph in paragraphs.Skip(1)) Paragraph(body, paragraph);
        }
        for (var n = 0; n < notes.Count; n++) Paragraph(body, $"[^{n + 1}]: {notes[n]}");

        var names = string.Join(" and ", guests.Select(g => g.Name));
        var spoken = used.Select(t => t.Replace('-', ' ')).ToList();
        var listed = spoken.Count == 1 ? spoken[0] : string.Join(", ", spoken[..^1]) + " and " + spoken[^1];
        var date = _firstDay.AddDays(random.Next(365 * 29));
        var slug = number.ToString("D5", CultureInfo.InvariantCulture) + "-" + guests[0].Id;
        var header = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(YamlText.Quote($"{names} on {string.Join(" and ", used.Take(2).Select(Title))}")).Append('\n')
            .Append("date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("slug: ").Append(YamlText.Quote(slug)).Append('\n')
            .Append("summary: ").Append(YamlText.Quote($"{names} {(guests.Count > 1 ? "talk" : "talks")} with {interviewer.Name} about {listed}.")).Append('\n')
            .Append("source: { name: \"Synthetic Oral History Project\", url: \"https://example.org/archive/").Append(slug).Append("\" }\n")
            .Append("recorded: ").Append(YamlText.Quote(random.Pick(_seasons) + " " + (date.Year - random.Next(0, 3)).ToString(CultureInfo.InvariantCulture))).Append('\n');
        if (random.Chance(0.5)) header.Append("note: \"Condensed and edited for clarity.\"\n");
        header.Append("speakers:\n").Append("  - { id: ").Append(interviewer.Id).Append(", role: interviewer }\n");
        foreach (var guest in guests) header.Append("  - { id: ").Append(guest.Id).Append(", role: interviewee }\n");
        header.Append("---\n\n");
        return new GeneratedTranscript(slug, header.Append(body).ToString(), [interviewer, .. guests], used, words);
    }

    private static void Paragraph(StringBuilder body, string text)
    {
        if (body.Length > 0) body.Append('\n');
        body.Append(text).Append('\n');
    }

    private static string Title(string topic) => string.Join(' ', topic.Split('-').Select(Sentences.Capitalize));

    // Long answers are several paragraphs, cut at sentence boundaries.
    private List<string> Split(List<string> run)
    {
        var cuts = run.Count > 14 ? 2 : run.Count > 8 ? 1 : 0;
        var paragraphs = new List<string>();
        var start = 0;
        for (var c = 0; c < cuts; c++)
        {
            var end = random.Next(start + 3, run.Count - 3 * (cuts - c) + 1);
            paragraphs.Add(string.Join(' ', run[start..end]));
            start = end;
        }
        paragraphs.Add(string.Join(' ', run[start..]));
        return paragraphs;
    }

    // A key quote: one plain sentence (no links, insertions or emphasis inside the marks).
    private void Highlight(List<string> run)
    {
        var plain = Enumerable.Range(0, run.Count).Where(i => run[i].IndexOfAny(['[', '*', '?']) < 0).ToList();
        if (plain.Count == 0) return;
        var at = random.Pick(plain);
        run[at] = "==" + run[at] + "==";
    }

    // A margin note referenced at the end of one sentence; its text goes at the end of the file.
    private void AddNote(List<string> run, List<string> notes)
    {
        notes.Add($"Transcriber's note: the {random.Pick(Vocabulary.Nouns)} mentioned here was {random.Pick(Vocabulary.Adjectives)} {random.Pick(Vocabulary.Times)}.");
        var at = random.Next(run.Count);
        run[at] += $"[^{notes.Count}]";
    }
}
