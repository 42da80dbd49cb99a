using StaticSite.Markdown;
using StaticSite.Model;

namespace StaticSite.Input;

/// <summary>What the Process phase knows of a transcript before linking.</summary>
public sealed record ParsedTranscript(TranscriptHeader Header, ParsedBody Body);
