namespace StaticSite.Input;

/// <summary>Names of document metadata shared between modules.</summary>
public static class MetadataKeys
{
    /// <summary>The absolute path of the file a document was read from (string).</summary>
    public const string FullPath = "full-path";

    /// <summary>A parsed data file: one of SiteSettings or a registry dictionary.</summary>
    public const string Data = "data";

    /// <summary>A parsed transcript: (TranscriptHeader, ParsedBody).</summary>
    public const string Transcript = "transcript";

    /// <summary>A parsed free page (FreePage).</summary>
    public const string Page = "page";

    /// <summary>A parsed Fluid layout (IFluidTemplate).</summary>
    public const string Layout = "layout";

    /// <summary>The keys (PageDependencies) of what a page depends on, for incremental preview rebuilds (string[]): it is looked at again when one is stale.</summary>
    public const string DependsOn = "depends-on";

    /// <summary>What a page shows that a save of a transcript can change, hashed (Lazy of ulong; Rendering/PageFingerprint): in builds into memory only.</summary>
    public const string Fingerprint = "fingerprint";

    /// <summary>
    /// A folder of files planned only when first asked for, in a build into memory (Lazy of the folder's documents;
    /// see Output/PlanWhenAskedFor): the document's destination is the folder, ending in '/'.
    /// </summary>
    public const string PlannedWhenAskedFor = "planned-when-asked-for";

    /// <summary>An asset's bytes are copied from FullPath at write time (marker, bool).</summary>
    public const string CopyFile = "copy-file";
}
