using StaticSite.Diagnostics;

namespace StaticSite.Markdown;

/// <summary>
/// Turns character offsets in a Markdown text into positions in the file it came from.
/// Offsets rather than Markdig's own Line/Column because some Markdig nodes (e.g. the literal
/// left by an unmatched '[') carry no line or column, while every node has a Span.
/// </summary>
internal sealed class SourceMap
{
    private readonly MarkdownSource _source;
    private readonly List<int> _lineStarts = [0];

    public SourceMap(MarkdownSource source)
    {
        _source = source;
        var text = source.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Path => _source.Path;

    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _source.Text.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var column = offset - _lineStarts[line];
        return new SourceLocation(
            _source.Path,
            _source.FirstLine + line,
            (line == 0 ? _source.FirstColumn : 1) + column);
    }
}
