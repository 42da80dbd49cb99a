using Markdig.Syntax;

namespace StaticSite.Markdown;

/// <summary>
/// A feature's share in assembling a transcript, implemented by its Markdig extension: once for the
/// whole document after the explicit anchors are reserved, then on each part (a turn or an editorial
/// item) before the part is rendered. The assembler runs those of its pipeline in pipeline order and
/// knows none by name.
/// </summary>
internal interface ITranscriptFeature
{
    /// <summary>
    /// Starts one transcript. Returns what works on its parts (it may keep this transcript's state:
    /// extensions are shared between threads), or null when the transcript has nothing of the feature.
    /// </summary>
    ITranscriptPartWork? Begin(MarkdownDocument document, TranscriptSession session);
}
