using StaticSite.Diagnostics;
using StaticSite.Markdown;
using StaticSite.Model;

namespace StaticSite.Input;

/// <summary>
/// speakers.yml, topics.yml and glossary.yml: mappings from id to entry. An entry missing a
/// required field is reported and still registered (with its id standing in), so that its uses
/// elsewhere are not reported again as unknown ids.
/// </summary>
public static class RegistryReader
{
    private static readonly string[] _speakerFields = ["name", "role", "url", "bio"];
    private static readonly string[] _topicFields = ["title", "description", "related"];
    private static readonly string[] _termFields = ["term", "aliases", "definition", "see_also"];

    public static Dictionary<string, Speaker> Speakers(YamlMapping yaml, DiagnosticBag diagnostics) =>
        ReadEntries(yaml, diagnostics, (id, at, entry) =>
        {
            entry.WarnUnknownFields(_speakerFields);
            var name = entry.String("name", required: true);
            return new Speaker(id, name ?? id, entry.String("role"), entry.String("url"), entry.Markdown("bio"), at);
        });

    public static Dictionary<string, Topic> Topics(YamlMapping yaml, DiagnosticBag diagnostics) =>
        ReadEntries(yaml, diagnostics, (id, at, entry) =>
        {
            entry.WarnUnknownFields(_topicFields);
            var title = entry.String("title", required: true);
            return new Topic(id, title ?? id, entry.Markdown("description"), entry.IdList("related"), at);
        });

    public static Dictionary<string, Term> Terms(YamlMapping yaml, DiagnosticBag diagnostics) =>
        ReadEntries(yaml, diagnostics, (id, at, entry) =>
        {
            entry.WarnUnknownFields(_termFields);
            var term = entry.String("term", required: true);
            var definition = entry.Markdown("definition", required: true);
            var aliases = entry.List("aliases").Select(a => a.Value).ToList();
            return new Term(id, term ?? id, aliases, definition ?? new MarkdownSource("", at.Path, at.Line), entry.IdList("see_also"), at);
        });

    private static Dictionary<string, T> ReadEntries<T>(YamlMapping yaml, DiagnosticBag diagnostics, Func<string, SourceLocation, YamlMapping, T?> read)
        where T : class
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (id, at, entry) in yaml.Entries())
        {
            if (!IdRules.IsValid(id))
            {
                diagnostics.Error(at, DiagnosticCodes.InvalidId, IdRules.Explain(id));
                continue;
            }
            if (read(id, at, entry) is { } value) result[id] = value;
        }
        return result;
    }

    /// <summary>The fields of a speaker, topic and term entry: the schema in schemas/ lists the same (a test compares them).</summary>
    internal static IReadOnlyList<string> SpeakerFields => _speakerFields;

    internal static IReadOnlyList<string> TopicFields => _topicFields;

    internal static IReadOnlyList<string> TermFields => _termFields;
}
