namespace StaticSite.Markdown;

/// <summary>
/// An inline that one of our Markdown features adds to the syntax tree. It says itself how it reads
/// as plain text and whether automatic glossary links may be made inside it, so the walks over the
/// tree (<see cref="PlainText"/>, glossary linking) know no feature by name.
/// </summary>
internal interface IFeatureInline
{
    /// <summary>
    /// Appends the inline's words, as search, excerpts and anchors read them; nothing for an inline
    /// that is not part of the text (a label, a note number). A container appends its children with
    /// <see cref="PlainText.AppendChildren"/>.
    /// </summary>
    void AppendPlainText(CollapsedText text);

    /// <summary>Whether glossary linking enters the inline's children; a leaf has none to enter.</summary>
    bool IsGlossaryLinked { get; }
}
