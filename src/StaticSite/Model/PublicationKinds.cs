namespace StaticSite.Model;

/// <summary>
/// The kinds a transcript may be: the built-in ones, relabelled or extended by site.yml's `kinds:`, in a fixed
/// order (built-ins first, then the site's own in the order site.yml lists them), which counts follow.
/// `transcript` is the neutral kind: its labels name transcripts of mixed kinds.
/// </summary>
public sealed class PublicationKinds
{
    public const string DefaultId = "interview";

    public const string NeutralId = "transcript";

    private static readonly PublicationKind[] _builtIn =
    [
        new("interview", "interview", "interviews"),
        new("podcast", "podcast episode", "podcast episodes", "PodcastEpisode"),
        new("press-conference", "press conference", "press conferences"),
        new("briefing", "briefing", "briefings"),
        new("panel", "panel", "panels"),
        new("hearing", "hearing", "hearings"),
        new("speech", "speech", "speeches"),
        new("lecture", "lecture", "lectures"),
        new(NeutralId, "transcript", "transcripts"),
    ];

    private readonly Dictionary<string, PublicationKind> _byId;
    private readonly Dictionary<string, int> _order;

    public PublicationKinds(IEnumerable<PublicationKind> siteKinds)
    {
        var all = _builtIn.ToList();
        foreach (var kind in siteKinds)
        {
            var at = all.FindIndex(k => k.Id == kind.Id);
            if (at >= 0) all[at] = kind with { SchemaType = kind.SchemaType ?? all[at].SchemaType };
            else all.Add(kind);
        }
        All = all;
        _byId = all.ToDictionary(k => k.Id, StringComparer.Ordinal);
        _order = all.Select((k, i) => (k.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The built-in kinds alone.</summary>
    public static PublicationKinds Default { get; } = new([]);

    public IReadOnlyList<PublicationKind> All { get; }

    public IEnumerable<string> Ids => All.Select(k => k.Id);

    public PublicationKind Neutral => _byId[NeutralId];

    public PublicationKind? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The kind's place in <see cref="All"/>, which lists of kinds follow.</summary>
    public int Order(PublicationKind kind) => _order.GetValueOrDefault(kind.Id, int.MaxValue);
}
