using System.Globalization;
using System.Text;
using StaticSite.Diagnostics;
using StaticSite.Input;

namespace StaticSite.Cli;

/// <summary>
/// Writes skeletons that build without an error as soon as they are written, using ids that exist
/// (the first speakers and topic of the publication), and never replaces anything an editor wrote.
/// Text for the editor to replace starts with <see cref="Placeholders.Mark"/>, so a build warns
/// about each one left.
/// </summary>
internal sealed class Scaffold(string inputFolder)
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Transcript(string slug, string? title)
    {
        Check(slug);
        var path = Path.Combine(inputFolder, "transcripts", slug + ".md");
        if (File.Exists(path)) throw new ScaffoldException($"{Display(path)} already exists; choose another slug or edit it");
        var speakers = Ids("speakers.yml");
        if (speakers.Count == 0) throw new ScaffoldException("speakers.yml has no speaker yet: add one first with `new speaker <id> --name \"…\"`");
        var interviewer = speakers[0];
        var guest = speakers.Count > 1 ? speakers[1] : speakers[0];
        var topic = Ids("topics.yml").FirstOrDefault();
        var text = new StringBuilder()
            .Append("---\n")
            .Append(EditorSchemas.Modeline(inputFolder, path, EditorSchemas.Transcript))
            .Append("title: ").Append(Quote(title ?? Placeholder("the interview's title"))).Append('\n')
            .Append("date: ").Append(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("summary: ").Append(Quote(Placeholder("one or two sentences on what the conversation is about."))).Append('\n')
            .Append("source: { name: ").Append(Quote(Placeholder("the publication's name"))).Append(" }\n")
            .Append("speakers:\n")
            .Append("  - { id: ").Append(interviewer).Append(", role: interviewer }\n");
        if (guest != interviewer) text.Append("  - { id: ").Append(guest).Append(" }\n");
        text.Append("---\n\n")
            .Append(Placeholder("the introduction, everything before the first turn.")).Append("\n\n")
            .Append('@').Append(interviewer).Append(topic is null ? "" : " #" + topic).Append(": ").Append(Placeholder("the first question?")).Append("\n\n")
            .Append('@').Append(guest).Append(": ").Append(Placeholder("the first answer.")).Append('\n');
        Write(path, text.ToString(), append: false);
        return Display(path);
    }

    public string Speaker(string id, string? name) =>
        Entry("speakers.yml", id, $"  name: {Quote(name ?? Placeholder("their full name"))}\n  role: {Quote(Placeholder("what they do"))}\n");

    public string Topic(string id, string? title) =>
        Entry("topics.yml", id, $"  title: {Quote(title ?? Placeholder("the topic's title"))}\n  description: {Quote(Placeholder("one sentence on what passages this topic gathers."))}\n");

    public string Term(string id, string? term) =>
        Entry("glossary.yml", id, $"  term: {Quote(term ?? id)}\n  definition: {Quote(Placeholder("one short paragraph, in your own words."))}\n");

    private string Entry(string file, string id, string fields)
    {
        Check(id);
        var path = Path.Combine(inputFolder, file);
        if (Ids(file).Contains(id)) throw new ScaffoldException($"{Display(path)} already has '{id}'; choose another id or edit it");
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        // A new file starts with the line that names its schema, for editors that check YAML as it is typed.
        var separator = existing.Length == 0 ? EditorSchemas.Modeline(inputFolder, path, EditorSchemas.ForDataFile(file)) : existing.EndsWith('\n') ? "" : "\n";
        Write(path, $"{separator}{id}:\n{fields}", append: true);
        return Display(path);
    }

    // The ids of a data file in file order, read with the same reader as a build (nothing is reported here).
    private List<string> Ids(string file)
    {
        var path = Path.Combine(inputFolder, file);
        if (!File.Exists(path)) return [];
        var yaml = YamlMappingReader.Read(File.ReadAllText(path), file, 0, new DiagnosticBag());
        return yaml is null ? [] : [.. yaml.Entries().Select(e => e.Key)];
    }

    private static void Check(string id)
    {
        if (!IdRules.IsValid(id)) throw new ScaffoldException(IdRules.Explain(id));
    }

    private static void Write(string path, string text, bool append)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (append) File.AppendAllText(path, text, _utf8);
        else File.WriteAllText(path, text, _utf8);
    }

    private static string Placeholder(string what) => $"{Placeholders.Mark} {what}";

    // A YAML double-quoted scalar: whatever the editor typed stays text.
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Display(string path) => path.Replace('\\', '/');
}
