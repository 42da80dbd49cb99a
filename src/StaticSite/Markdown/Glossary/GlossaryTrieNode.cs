namespace StaticSite.Markdown.Glossary;

/// <summary>One character step of the glossary matcher's trie.</summary>
internal sealed class GlossaryTrieNode
{
    public Dictionary<char, GlossaryTrieNode> Next { get; } = [];

    /// <summary>The term whose form ends here, if any.</summary>
    public GlossaryForms? Term { get; set; }
}
