namespace StaticSite.Pipeline;

/// <summary>The four phases every pipeline goes through, as in Statiq.</summary>
public enum Phase
{
    /// <summary>Read: files become documents.</summary>
    Input,

    /// <summary>Parse and enrich, one document at a time, in parallel across documents.</summary>
    Process,

    /// <summary>Sees every pipeline's results through the site model: cross-links, layouts.</summary>
    PostProcess,

    /// <summary>Validate and write the whole site.</summary>
    Output,
}
