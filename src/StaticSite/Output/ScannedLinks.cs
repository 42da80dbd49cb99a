namespace StaticSite.Output;

/// <summary>
/// What scanning one page found, kept with the page in a site in memory: its ids (as LinkIndex's keys), the pages
/// and files its links lead to, and the (page, #anchor) keys they name. A rebuild that takes the page as it is
/// checks these against its own pages instead of scanning the page again (LinkIndex.AddScanned).
/// </summary>
public sealed record ScannedLinks(IReadOnlySet<ulong> Ids, string[] Targets, ulong[] Anchors);
