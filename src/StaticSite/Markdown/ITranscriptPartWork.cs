namespace StaticSite.Markdown;

/// <summary>A feature's work on each part of one transcript (see <see cref="ITranscriptFeature"/>).</summary>
internal interface ITranscriptPartWork
{
    /// <summary>Rewrites the part's blocks before they are rendered, and records what the feature finds in them on <paramref name="part"/>.</summary>
    void Apply(TranscriptPart part);
}
