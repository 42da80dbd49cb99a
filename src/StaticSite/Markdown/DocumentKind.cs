namespace StaticSite.Markdown;

/// <summary>The kinds of Markdown the site converts: some syntax means something in one kind only (insertions in transcripts).</summary>
internal enum DocumentKind
{
    /// <summary>A transcript body: turns, headings, editorial prose.</summary>
    Transcript,

    /// <summary>A free page under pages/.</summary>
    Page,

    /// <summary>A short Markdown field from YAML (bio, description, definition).</summary>
    Field,
}
