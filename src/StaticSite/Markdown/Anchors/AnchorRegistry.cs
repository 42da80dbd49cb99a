using StaticSite.Diagnostics;

namespace StaticSite.Markdown.Anchors;

/// <summary>
/// The anchors of one document. Explicit anchors are reserved first ("compile, then link"), so a
/// derived anchor never takes an editor's chosen name: derived ones give way with -2, -3…, while two
/// explicit anchors that clash are an error, since only the editor can say which one should move.
/// </summary>
internal sealed class AnchorRegistry
{
    private readonly Dictionary<string, SourceLocation> _used = new(StringComparer.Ordinal);

    public void Reserve(string anchor, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (_used.TryGetValue(anchor, out var first))
        {
            diagnostics.Error(at, DiagnosticCodes.DuplicateAnchor,
                $"duplicate anchor '{anchor}': it is used on line {first.Line} and again on line {at.Line}; anchors must be unique in a transcript");
            return;
        }
        _used.Add(anchor, at);
    }

    public string Derive(string wanted, SourceLocation at)
    {
        var anchor = wanted;
        for (var n = 2; _used.ContainsKey(anchor); n++)
        {
            anchor = $"{wanted}-{n}";
        }
        _used.Add(anchor, at);
        return anchor;
    }
}
