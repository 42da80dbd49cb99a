using StaticSite.Diagnostics;
using StaticSite.Markdown.Anchors;

namespace StaticSite.Markdown.Turns;

/// <summary>
/// Reads <c>@id( time)?( #topic)*( {#anchor})?:</c> from the first line of a paragraph. A line that only
/// looks like prose starting with '@' ("@home is where…") is not a label; a label with a readable
/// but malformed speaker ("@Arthur Mensch:") is one, with problems attached.
/// </summary>
internal static class TurnLabelReader
{
    /// <param name="line">The paragraph's first line, starting with '@'.</param>
    /// <param name="offset">Source offset of the '@'.</param>
    /// <param name="length">Characters the label takes, with the spaces after it.</param>
    public static TurnLabelInline? TryRead(ReadOnlySpan<char> line, int offset, out int length)
    {
        length = 0;
        var colon = FindColon(line);
        if (colon < 0)
        {
            return null;
        }
        var tokens = Tokenize(line, 1, colon);
        if (tokens.Count == 0 || tokens[0].Text[0] is '#' or '{')
        {
            return null;
        }

        var problems = new List<LabelProblem>();
        var index = 1;
        var speaker = tokens[0].Text;
        // A speaker written as a name ("@Arthur Mensch:") is a label gone wrong; lowercase words
        // after the first ("@home is great: …") are ordinary prose.
        while (index < tokens.Count && tokens[index].Text[0] is not ('#' or '{') && !IsTime(tokens[index].Text))
        {
            if (!char.IsUpper(tokens[index].Text[0]) || !char.IsUpper(speaker[0]) || index > 3)
            {
                return null;
            }
            speaker += " " + tokens[index].Text;
            index++;
        }
        if (!IdSyntax.IsValid(speaker))
        {
            problems.Add(new(offset, $"invalid speaker id '{speaker}' in turn label: {IdSyntax.Description}, as in speakers.yml (e.g. '@{Suggest(speaker)}:')"));
        }

        LabelPart? time = null;
        int? seconds = null;
        if (index < tokens.Count && IsTime(tokens[index].Text))
        {
            time = new(tokens[index].Text, offset + tokens[index].Start);
            seconds = Timecode.Parse(time.Id);
            if (seconds is null)
            {
                problems.Add(new(time.Offset, $"malformed time '{time.Id}' in turn label: write minutes and seconds as 'm:ss' or 'h:mm:ss' (e.g. '12:05' or '1:02:05')",
                    DiagnosticCodes.MalformedTime));
            }
            index++;
        }

        var topics = new List<LabelPart>();
        LabelPart? anchor = null;
        for (; index < tokens.Count; index++)
        {
            var (text, start) = tokens[index];
            if (IsTime(text))
            {
                problems.Add(new(offset + start, $"time '{text}' in the wrong place in turn label: write it right after the speaker, as in '@speaker 12:05 #topic:'",
                    DiagnosticCodes.MalformedTime));
            }
            else if (anchor is not null)
            {
                problems.Add(new(offset + start, $"unexpected '{text}' after the anchor in turn label: write '@speaker #topic {{#anchor}}:'"));
            }
            else if (text[0] == '#')
            {
                var id = text[1..];
                if (IdSyntax.IsValid(id))
                {
                    topics.Add(new(id, offset + start));
                }
                else
                {
                    problems.Add(new(offset + start, $"invalid topic id '{text}' in turn label: {IdSyntax.Description} (e.g. '#{Suggest(id)}')"));
                }
            }
            else if (text.StartsWith("{#", StringComparison.Ordinal) && text.EndsWith('}') && IdSyntax.IsValid(text[2..^1]))
            {
                anchor = new(text[2..^1], offset + start);
            }
            else
            {
                problems.Add(new(offset + start, $"invalid anchor '{text}' in turn label: write '{{#anchor}}' where {IdSyntax.Description}"));
            }
        }

        length = colon + 1;
        while (length < line.Length && line[length] is ' ' or '\t')
        {
            length++;
        }
        return new TurnLabelInline { Speaker = speaker, Offset = offset, Time = seconds, TimeOffset = time?.Offset ?? offset, Topics = topics, Anchor = anchor, Problems = problems };
    }

    // Digits with a ':' or '.' in them: a time, maybe mistyped ("12.05"); a bare number stays prose ("@joe 5 things: …").
    private static bool IsTime(string token) => Timecode.LooksLikeOne(token) && token.AsSpan().IndexOfAny(':', '.') > 0;

    private static string Suggest(string wrong) => Slug.Of(wrong) is { Length: > 0 } slug ? slug : "id";

    /// <summary>The label's colon is the first one followed by a space or the end of the line.</summary>
    private static int FindColon(ReadOnlySpan<char> line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == ':' && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1])))
            {
                return i;
            }
        }
        return -1;
    }

    private static List<(string Text, int Start)> Tokenize(ReadOnlySpan<char> line, int start, int end)
    {
        var tokens = new List<(string, int)>();
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }
            var tokenStart = i;
            while (i < end && !char.IsWhiteSpace(line[i]))
            {
                i++;
            }
            tokens.Add((line[tokenStart..i].ToString(), tokenStart));
        }
        return tokens;
    }
}
