namespace StaticSite.Markdown.Glossary;

/// <summary>An occurrence of a term's form in a piece of text.</summary>
internal readonly record struct TermMatch(int Start, int Length, GlossaryForms Term);
