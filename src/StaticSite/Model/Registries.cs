namespace StaticSite.Model;

/// <summary>The four data files, parsed: what transcripts refer to by id.</summary>
public sealed record Registries(
    SiteSettings Settings,
    IReadOnlyDictionary<string, Speaker> Speakers,
    IReadOnlyDictionary<string, Topic> Topics,
    IReadOnlyDictionary<string, Term> Terms);
