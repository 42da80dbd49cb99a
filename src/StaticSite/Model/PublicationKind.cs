namespace StaticSite.Model;

/// <summary>What a transcript is (interview, podcast, press conference…): its id in front matter and its labels.</summary>
/// <param name="Singular">The label of one, lowercase as in running text ("press conference").</param>
/// <param name="Plural">The label of several ("press conferences").</param>
/// <param name="SchemaType">A schema.org type its page also is (PodcastEpisode), for JSON-LD's additionalType; null when none fits.</param>
public sealed record PublicationKind(string Id, string Singular, string Plural, string? SchemaType = null)
{
    /// <summary>"1 press conference" or "2 press conferences".</summary>
    public string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? Singular : Plural);
}
