namespace StaticSite.Markdown;

/// <summary>
/// Markdig refuses a document nested deeper than its limit (50,000 '[' in a row, 20,000 '&gt;') with
/// an <see cref="ArgumentException"/> that says where nothing: it is the editor's input, so it is
/// reported at the first line whose nesting passes the limit, found by converting ever shorter starts
/// of the text (on this failure only).
/// </summary>
internal static class NestingLimit
{
    // Markdig's own message (Markdig.Helpers.ThrowHelper.CheckDepthLimit); the deep-nesting tests fail if it changes.
    private const string MarkdigMessage = "Markdown elements in the input are too deeply nested";

    public static bool IsExceeded(Exception e) =>
        e is ArgumentException && e.Message.StartsWith(MarkdigMessage, StringComparison.Ordinal);

    /// <summary>
    /// The offset of the start of the first line at which <paramref name="text"/>, cut after that
    /// line, no longer converts; 0 when no start of it fails alone.
    /// </summary>
    public static int FirstLineTooDeep(string text, Action<string> convert)
    {
        var lineEnds = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) lineEnds.Add(i + 1);
        lineEnds.Add(text.Length);
        // Invariant: the text cut after line `fits` converts, cut after line `fails` does not (the whole text failed).
        int fits = -1, fails = lineEnds.Count - 1;
        while (fails - fits > 1)
        {
            var middle = fits + (fails - fits) / 2;
            if (Fails(text[..lineEnds[middle]], convert)) fails = middle;
            else fits = middle;
        }
        return fails == 0 ? 0 : lineEnds[fails - 1];
    }

    private static bool Fails(string text, Action<string> convert)
    {
        try
        {
            convert(text);
            return false;
        }
        catch (ArgumentException e) when (IsExceeded(e))
        {
            return true;
        }
    }
}
