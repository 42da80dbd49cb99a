namespace StaticSite.Markdown.Glossary;

/// <summary>One character step of the glossary matcher's trie.</summary>
/// <remarks>
/// Children are two parallel arrays searched in order: below the root a node has one to three
/// children, where a loop is faster than a Dictionary per node (the matcher indexes the root itself).
/// </remarks>
internal sealed class GlossaryTrieNode
{
    private char[] _keys = [];
    private GlossaryTrieNode[] _children = [];

    /// <summary>The characters that lead to a child, in the order they were added.</summary>
    public ReadOnlySpan<char> Keys => _keys;

    /// <summary>The term whose form ends here, if any.</summary>
    public GlossaryForms? Term { get; set; }

    public GlossaryTrieNode? Next(char c)
    {
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == c)
            {
                return _children[i];
            }
        }
        return null;
    }

    public GlossaryTrieNode GetOrAdd(char c)
    {
        if (Next(c) is { } existing)
        {
            return existing;
        }
        var child = new GlossaryTrieNode();
        _keys = [.. _keys, c];
        _children = [.. _children, child];
        return child;
    }
}
