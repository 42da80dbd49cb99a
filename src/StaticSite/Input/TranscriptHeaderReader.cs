using StaticSite.Diagnostics;
using StaticSite.Model;

namespace StaticSite.Input;

/// <summary>A transcript's front matter → <see cref="TranscriptHeader"/>.</summary>
public static class TranscriptHeaderReader
{
    private static readonly string[] _fields = ["title", "date", "slug", "summary", "source", "recorded", "note", "speakers", "kind", "media"];
    private static readonly string[] _speakerFields = ["id", "role", "affiliation"];

    /// <summary>
    /// Reads the header; missing or invalid fields are reported and replaced by placeholders, so that
    /// the body is still linked and every other mistake in the file is reported in the same build.
    /// The reported errors stop the build before anything is rendered.
    /// </summary>
    public static TranscriptHeader Read(YamlMapping yaml, string fileSlug, DiagnosticBag diagnostics)
    {
        yaml.WarnUnknownFields(_fields);
        var title = yaml.String("title", required: true);
        var date = yaml.Date("date", required: true);
        var slug = yaml.String("slug") ?? fileSlug;
        var slugValid = IdRules.IsValid(slug);
        var slugAt = yaml.Has("slug") ? yaml.ValueLocation("slug") : new SourceLocation(yaml.Path, 1, 1);
        if (!slugValid)
        {
            diagnostics.Error(slugAt, DiagnosticCodes.InvalidId, "invalid slug: " + IdRules.Explain(slug)
                + (yaml.Has("slug") ? "" : " (the slug comes from the file name; rename the file or set 'slug:')"));
        }
        var source = yaml.Mapping("source", scalarMeans: "name");
        source?.WarnUnknownFields(_sourceFields);
        var speakers = Speakers(yaml, diagnostics);
        return new TranscriptHeader(slugValid ? slug : IdRules.ToValid(slug) is { Length: > 0 } valid ? valid : "invalid-slug", title ?? "", date ?? DateOnly.MinValue, yaml.String("summary"), source?.String("name"), source?.String("url"),
            yaml.String("recorded"), yaml.String("note"), speakers ?? [], yaml.Location, slugAt, !yaml.Has("slug"), MediaReader.Read(yaml, diagnostics))
        {
            Kind = yaml.String("kind"),
            KindLocation = yaml.Has("kind") ? yaml.ValueLocation("kind") : null,
        };
    }

    private static List<TranscriptSpeaker>? Speakers(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        var entries = yaml.MappingList("speakers", required: true);
        if (entries.Count == 0) return yaml.Has("speakers") ? [] : null;
        var speakers = new List<TranscriptSpeaker>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            entry.WarnUnknownFields(_speakerFields);
            var id = entry.String("id", required: true);
            if (id is null) continue;
            var at = entry.ValueLocation("id");
            if (!IdRules.IsValid(id))
            {
                diagnostics.Error(at, DiagnosticCodes.InvalidId, IdRules.Explain(id));
                continue;
            }
            if (!seen.Add(id))
            {
                diagnostics.Error(at, DiagnosticCodes.DuplicateId, $"speaker '{id}' is listed twice in 'speakers'");
                continue;
            }
            var role = entry.String("role");
            if (role is not null && SpeakerRoles.Find(role) is null)
            {
                diagnostics.Warning(entry.ValueLocation("role"), DiagnosticCodes.InvalidRole,
                    $"unusual role '{role}' (it answers, as a guest does; {SpeakerRoles.Explain}){Suggestions.DidYouMean(role, SpeakerRoles.Names)}");
            }
            speakers.Add(new TranscriptSpeaker(id, role, at, entry.String("affiliation")));
        }
        return speakers;
    }

    private static readonly string[] _sourceFields = ["name", "url"];

    /// <summary>The fields of a transcript's front matter, of its `source:` and of each `speakers:` entry, and the roles: the schema in schemas/ lists the same (a test compares them).</summary>
    internal static IReadOnlyList<string> Fields => _fields;

    internal static IReadOnlyList<string> SourceFields => _sourceFields;

    internal static IReadOnlyList<string> SpeakerFields => _speakerFields;

    internal static IReadOnlyList<string> Roles => [.. Model.SpeakerRoles.Names];
}
