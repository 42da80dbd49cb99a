using StaticSite.Diagnostics;

namespace StaticSite.Markdown.Turns;

/// <summary>A malformed token of a turn label, kept on the node so the converter reports it with the file's position.</summary>
internal sealed record LabelProblem(int Offset, string Message, string Code = DiagnosticCodes.InvalidId);
