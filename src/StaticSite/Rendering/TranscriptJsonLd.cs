using System.Text.Json;
using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// schema.org JSON-LD for a transcript page: an Article about the interview, whose subject is a
/// Conversation of Messages, each with its sender as a Person; the glossary terms it uses as a
/// DefinedTermSet. Only schema.org types and properties; keys in a fixed order for determinism.
/// Written as UTF-8 straight from the turns' UTF-8 text: it is as long as the transcript.
/// </summary>
public static class TranscriptJsonLd
{
    // What every message and person repeats, escaped once.
    private static readonly JsonEncodedText _type = JsonEncodedText.Encode("@type");
    private static readonly JsonEncodedText _url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText _name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText _sender = JsonEncodedText.Encode("sender");
    private static readonly JsonEncodedText _jobTitle = JsonEncodedText.Encode("jobTitle");
    private static readonly JsonEncodedText _message = JsonEncodedText.Encode("Message");
    private static readonly JsonEncodedText _person = JsonEncodedText.Encode("Person");

    /// <summary>The transcript's JSON-LD, written when its page is (<see cref="JsonLdValue"/>).</summary>
    public static JsonLdValue Of(Transcript transcript, ViewFactory views) => new(json => Write(json, transcript, views));

    private static void Write(Utf8JsonWriter json, Transcript transcript, ViewFactory views)
    {
        var header = transcript.Header;
        var model = views.Model;
        var people = header.Speakers.Where(s => model.Registries.Speakers.ContainsKey(s.Id))
            .Select(s => model.Registries.Speakers[s.Id]).DistinctBy(s => s.Id).ToList();
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Article");
        json.WriteString("headline", header.Title);
        json.WriteString("url", views.Absolute(transcript.Url));
        json.WriteString("datePublished", ViewFactory.DateIso(header.Date));
        json.WriteString("inLanguage", model.Settings.Language);
        // What it is: schema.org has a type for a podcast episode, none for an interview or a briefing; genre names every kind.
        json.WriteString("genre", transcript.Kind.Singular);
        if (transcript.Kind.SchemaType is { } type) json.WriteString("additionalType", "https://schema.org/" + type);
        if (header.Summary is { } summary) json.WriteString("description", summary);
        if (header.SourceName is { } source)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", source);
            json.WriteEndObject();
        }
        if (header.SourceUrl is { } sourceUrl) json.WriteString("isBasedOn", sourceUrl);
        // Each person's fields are escaped once per transcript: every message names its sender.
        var persons = new Dictionary<Speaker, EncodedPerson>(ReferenceEqualityComparer.Instance);
        EncodedPerson PersonOf(Speaker speaker) =>
            persons.TryGetValue(speaker, out var person) ? person : persons[speaker] = new EncodedPerson(
                JsonEncodedText.Encode(speaker.Name, JsonLdValue.Options.Encoder),
                JsonEncodedText.Encode(views.Absolute(views.SpeakerUrl(speaker)), JsonLdValue.Options.Encoder),
                speaker.Role is { } role ? JsonEncodedText.Encode(role, JsonLdValue.Options.Encoder) : null);
        json.WriteStartArray("contributor");
        foreach (var person in people) Person(json, PersonOf(person));
        json.WriteEndArray();
        var topics = transcript.Topics.Select(t => t.Title).ToList();
        if (topics.Count > 0) json.WriteString("keywords", string.Join(", ", topics));
        json.WriteStartObject("about");
        json.WriteString("@type", "Conversation");
        json.WriteString("name", header.Title);
        // Each message by its anchor and sender; its words are the page's own, not repeated in the head of every page.
        json.WriteStartArray("hasPart");
        var turnUrl = views.Absolute(transcript.Url) + "#";
        foreach (var turn in transcript.Turns)
        {
            json.WriteStartObject();
            json.WriteString(_type, _message);
            json.WriteString(_url, turnUrl + turn.Item.Anchor);
            json.WritePropertyName(_sender);
            Person(json, PersonOf(turn.Speaker));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        Terms(json, transcript, views);
        json.WriteEndObject();
    }

    private static void Terms(Utf8JsonWriter json, Transcript transcript, ViewFactory views)
    {
        var model = views.Model;
        var terms = transcript.Turns.SelectMany(t => t.Item.TermIds).Distinct(StringComparer.Ordinal)
            .Where(model.Registries.Terms.ContainsKey).Order(StringComparer.Ordinal).Select(id => model.Registries.Terms[id]).ToList();
        if (terms.Count == 0) return;
        json.WriteStartObject("mentions");
        json.WriteString("@type", "DefinedTermSet");
        json.WriteString("name", $"{model.Settings.Title} glossary");
        json.WriteString("url", views.Absolute(views.Urls.Glossary));
        json.WriteStartArray("hasDefinedTerm");
        foreach (var term in terms)
        {
            json.WriteStartObject();
            json.WriteString("@type", "DefinedTerm");
            json.WriteString("name", term.Title);
            json.WriteString("description", views.PlainDefinition(term));
            json.WriteString("url", views.Absolute(views.Urls.Term(term.Id)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Person(Utf8JsonWriter json, EncodedPerson person)
    {
        json.WriteStartObject();
        json.WriteString(_type, _person);
        json.WriteString(_name, person.Name);
        json.WriteString(_url, person.Url);
        if (person.Role is { } role) json.WriteString(_jobTitle, role);
        json.WriteEndObject();
    }

    private sealed record EncodedPerson(JsonEncodedText Name, JsonEncodedText Url, JsonEncodedText? Role);
}
