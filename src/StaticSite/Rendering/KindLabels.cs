using System.Globalization;
using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// The words pages use for what the collection holds, all from data: site.yml's `collection:`, else the plural of
/// the one kind the site holds, else the neutral kind's plural; counts name each kind they count.
/// </summary>
public sealed class KindLabels
{
    private readonly PublicationKinds _kinds;

    public KindLabels(SiteSettings settings, IReadOnlyList<Transcript> transcripts)
    {
        _kinds = settings.Kinds;
        var held = transcripts.Select(t => t.Kind).Distinct().ToList();
        CollectionText = settings.CollectionLabel ?? (held.Count == 1 ? held[0].Plural : _kinds.Neutral.Plural);
        CollectionTitle = Capitalized(CollectionText);
    }

    /// <summary>The collection's name in running text ("press conferences", or site.yml's `collection:` as written).</summary>
    public string CollectionText { get; }

    /// <summary>The collection's name as a title or navigation item ("Press conferences").</summary>
    public string CollectionTitle { get; }

    /// <summary>"1 press conference and 1 briefing"; one kind: "2 interviews"; none: "0 transcripts".</summary>
    public string Count(IEnumerable<Transcript> transcripts)
    {
        var parts = transcripts.GroupBy(t => t.Kind).OrderBy(g => _kinds.Order(g.Key)).Select(g => g.Key.Count(g.Count())).ToList();
        return parts.Count switch
        {
            0 => _kinds.Neutral.Count(0),
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
    }

    /// <summary>The first letter upper case, the rest as written (labels are data: "press conference" → "Press conference").</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
