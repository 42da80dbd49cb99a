namespace StaticSite.Pipeline;

/// <summary>When a page kind's files are written, relative to other kinds'; within one step, in the registry's order.</summary>
public enum WriteOrder
{
    /// <summary>Single large files (search index, feed, sitemap): first, so that no core is left writing one of them alone at the end.</summary>
    LargeFile,

    /// <summary>Files and pages other pages link into: before those pages, so that the links' anchors are already known (Output/LinkIndex).</summary>
    LinkTarget,

    /// <summary>Every other page.</summary>
    Page,
}
