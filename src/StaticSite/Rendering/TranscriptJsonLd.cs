using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// schema.org JSON-LD for a transcript page: an Article about the interview, whose subject is a
/// Conversation of Messages, each with its sender as a Person; the glossary terms it uses as a
/// DefinedTermSet. Only schema.org types and properties; keys in a fixed order for determinism.
/// </summary>
public static class TranscriptJsonLd
{
    // Escapes <, >, & and quotes (so "</script>" cannot close the element) but leaves other text readable.
    private static readonly JsonSerializerOptions _options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Of(Transcript transcript, ViewFactory views)
    {
        var header = transcript.Header;
        var model = views.Model;
        var people = header.Speakers.Where(s => model.Registries.Speakers.ContainsKey(s.Id))
            .ToDictionary(s => s.Id, s => Person(model.Registries.Speakers[s.Id], views), StringComparer.Ordinal);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["headline"] = header.Title,
            ["url"] = views.Absolute(transcript.Url),
            ["datePublished"] = ViewFactory.DateIso(header.Date),
            ["inLanguage"] = model.Settings.Language,
        };
        if (header.Summary is { } summary) article["description"] = summary;
        if (header.SourceName is { } source) article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
        if (header.SourceUrl is { } sourceUrl) article["isBasedOn"] = sourceUrl;
        article["contributor"] = new JsonArray([.. people.Values.Select(p => p.DeepClone())]);
        var topics = transcript.Exchanges.SelectMany(e => e.Topics).Distinct().Select(t => t.Title).ToList();
        if (topics.Count > 0) article["keywords"] = string.Join(", ", topics);
        article["about"] = new JsonObject
        {
            ["@type"] = "Conversation",
            ["name"] = header.Title,
            ["hasPart"] = new JsonArray([.. transcript.Turns.Select(turn => (JsonNode)new JsonObject
            {
                ["@type"] = "Message",
                ["url"] = views.Absolute(turn.Url),
                ["sender"] = people.TryGetValue(turn.Speaker.Id, out var person) ? person.DeepClone() : Person(turn.Speaker, views),
                ["text"] = turn.Item.Text,
            })]),
        };
        var terms = transcript.Turns.SelectMany(t => t.Item.TermIds).Distinct(StringComparer.Ordinal)
            .Where(model.Registries.Terms.ContainsKey).Order(StringComparer.Ordinal).Select(id => model.Registries.Terms[id]).ToList();
        if (terms.Count > 0)
        {
            article["mentions"] = new JsonObject
            {
                ["@type"] = "DefinedTermSet",
                ["name"] = $"{model.Settings.Title} glossary",
                ["url"] = views.Absolute(views.Urls.Glossary),
                ["hasDefinedTerm"] = new JsonArray([.. terms.Select(term => (JsonNode)new JsonObject
                {
                    ["@type"] = "DefinedTerm",
                    ["name"] = term.Title,
                    ["description"] = Markdown.MarkdownConverter.ToPlainText(term.Definition.Text),
                    ["url"] = views.Absolute(views.Urls.Term(term.Id)),
                })]),
            };
        }
        return article.ToJsonString(_options);
    }

    private static JsonObject Person(Speaker speaker, ViewFactory views)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = speaker.Name, ["url"] = views.Absolute(views.Urls.Speaker(speaker.Id)) };
        if (speaker.Role is { } role) person["jobTitle"] = role;
        return person;
    }
}
