using StaticSite.Diagnostics;
using StaticSite.Markdown.Anchors;

namespace StaticSite.Markdown;

/// <summary>One transcript being assembled, as its features see it (see <see cref="ITranscriptFeature"/>).</summary>
/// <param name="Text">The Markdown, so that a feature can skip a transcript without its syntax without walking the tree.</param>
/// <param name="Anchors">The transcript's anchors: explicit ones are reserved by then, a feature derives its own here.</param>
/// <param name="Renderer">Renders content that is not in a part's blocks (a note's text).</param>
internal sealed record TranscriptSession(string Text, SourceMap Map, AnchorRegistry Anchors, DiagnosticBag Diagnostics, FragmentRenderer Renderer);
