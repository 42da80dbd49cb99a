namespace StaticSite.Markdown.Glossary;

/// <summary>
/// Finds glossary forms in text with one character trie over every form of every term (one pass,
/// whatever the glossary's size). Rules from FORMAT.md: whole words only; a form with a capital
/// matches as written; an all-lowercase form also matches with its first letter capitalised;
/// scanning left to right, the longest form starting at a position wins. Immutable once built, so
/// one instance serves every thread.
/// </summary>
internal sealed class GlossaryMatcher
{
    private readonly GlossaryTrieNode _root = new();

    /// <summary>The root's children for ASCII characters, by character: nearly every word is looked up here.</summary>
    private readonly GlossaryTrieNode?[] _asciiFirstSteps = new GlossaryTrieNode?[128];

    public GlossaryMatcher(IEnumerable<GlossaryForms> glossary)
    {
        foreach (var term in glossary)
        {
            foreach (var raw in term.Forms)
            {
                var form = raw.Trim();
                if (form.Length == 0)
                {
                    continue;
                }
                Add(form, term);
                if (!form.Any(char.IsUpper) && char.IsLower(form[0]))
                {
                    Add(char.ToUpperInvariant(form[0]) + form[1..], term);
                }
            }
        }
        foreach (var c in _root.Keys)
        {
            if (char.IsAscii(c))
            {
                _asciiFirstSteps[c] = _root.Next(c);
            }
        }
    }

    public IEnumerable<TermMatch> Find(string text)
    {
        for (var from = 0; FindNext(text, from) is { } match; from = match.Start + match.Length)
        {
            yield return match;
        }
    }

    /// <summary>The first match at or after <paramref name="from"/>; word boundaries are those of <paramref name="text"/> alone.</summary>
    // A span and no iterator: the linker searches every literal of every transcript without copying it.
    public TermMatch? FindNext(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                continue;
            }
            if (LongestAt(text, i) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private TermMatch? LongestAt(ReadOnlySpan<char> text, int start)
    {
        TermMatch? best = null;
        var first = text[start];
        var node = char.IsAscii(first) ? _asciiFirstSteps[first] : _root.Next(first);
        var end = start;
        while (node is not null)
        {
            end++;
            if (node.Term is not null && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                best = new TermMatch(start, end - start, node.Term);
            }
            node = end < text.Length ? node.Next(text[end]) : null;
        }
        return best;
    }

    /// <summary>The first term to claim a form keeps it, so the glossary's order settles a shared alias.</summary>
    private void Add(string form, GlossaryForms term)
    {
        var node = _root;
        foreach (var c in form)
        {
            node = node.GetOrAdd(c);
        }
        node.Term ??= term;
    }
}
