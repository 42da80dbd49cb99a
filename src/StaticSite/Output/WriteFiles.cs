using System.Text;
using StaticSite.Input;
using StaticSite.Pipeline;
using StaticSite.Rendering;

namespace StaticSite.Output;

/// <summary>
/// Renders each page (deferred until now), indexes its ids and links, writes it into the staging
/// folder and lets it go, in parallel: memory holds a page per core, not the whole site. Assets are
/// copied as they are. In check mode pages are rendered and indexed but not written; for the preview
/// they are kept in memory (MemorySite) instead of written.
/// </summary>
public sealed class WriteFiles : IModule
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        // One document per destination: CheckDestinations passed nothing on if two shared one.
        var documents = inputs.Where(d => d.Destination.Length > 0).ToList();
        var site = context.Service(c => StagedSite.Create(c, documents.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal)));
        if (site.Memory is not null) site.Memory.SiteWide = Rendering.PageFingerprint.SiteWide(context);
        var reuse = context.Options.Incremental is { } incremental && site.Memory is not null ? StalePages.Of(incremental, context, site.Memory.SiteWide) : null;
        var written = new bool[documents.Count];
        // One page per core: more threads would only hold more pages in memory while they wait on the disk.
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, documents.Count, cores, i => written[i] = Write(documents[i], site, context, reuse));
        if (site.Memory is not null && context.ModelIfBuilt is not null)
        {
            site.Memory.Related = context.RelatedPassages();
            site.Memory.Passages = context.PassageDigests();
        }
        if (site.Folder is not null) File.WriteAllText(Path.Combine(site.Folder, ".nojekyll"), "", _utf8);
        // Content is not kept: the documents passed on say what was written, not what it said.
        return [.. documents.Where((_, i) => written[i]).Select(d => d with { Writer = null, ByteWriter = null })];
    }

    private static bool Write(Document document, StagedSite site, BuildContext context, StalePages? reuse)
    {
        var clock = context.Clock;
        if (document.Metadata.ContainsKey(MetadataKeys.CopyFile))
        {
            site.Memory?.Add(document.Destination, File.ReadAllBytes(document.Get<string>(MetadataKeys.FullPath)));
            if (site.Folder is not null) StagedSite.InFolder(site.PathOf(document.Destination), path => File.Copy(document.Get<string>(MetadataKeys.FullPath), path, overwrite: true));
            return true;
        }
        if (site.Memory is not null && document.Find<Lazy<IReadOnlyList<Document>>>(MetadataKeys.PlannedWhenAskedFor) is { } planned)
        {
            site.Memory.AddFolderLater(document.Destination, () => planned.Value.Select(d => (d.Destination, (Func<byte[]>)(() => Make(d)))));
            return true;
        }
        if (site.Memory is not null && IsMadeWhenAskedFor(document))
        {
            site.Memory.AddLater(document.Destination, () => Make(document));
            return true;
        }
        var fingerprint = site.Memory is null ? null : document.Find<Lazy<ulong>>(MetadataKeys.Fingerprint);
        ulong? known = null;
        if (document.ByteWriter is { } bytes)
        {
            if (site.Memory is not null && reuse?.Previous(document, out known) is { } kept)
            {
                // An export of a transcript nobody saved: the previous build's file.
                site.Memory.Add(document.Destination, kept, fingerprint: known);
                context.CountReused();
                return true;
            }
            var begin = PhaseClock.Start();
            // Unbuffered: these writers hand over large pieces (a JSON writer's pending bytes, a whole
            // text export), so a buffer per file would only be garbage.
            using var file = site.Folder is not null ? site.StageFile(document.Destination) : site.Memory is not null ? new MemoryStream() : Stream.Null;
            var done = bytes(file);
            if (done && file is MemoryStream made) site.Memory!.AddRendered(document.Destination, made.ToArray(), fingerprint: fingerprint?.Value);
            clock.Add("write (threads)", begin);
            return done;
        }
        var buffer = _page ??= new Utf8PageBuffer();
        buffer.Reset();
        var start = PhaseClock.Start();
        bool rendered;
        var reused = reuse?.Previous(document, out known);
        if (reused is not null)
        {
            // Nothing this page depends on changed: the previous build's page is this build's page.
            rendered = true;
            context.CountReused();
            clock.Add("reuse (threads)", start);
        }
        else
        {
            rendered = document.Writer is { } writer ? writer(buffer) : Copy(document.Content, buffer);
            clock.Add("render (threads)", start);
        }
        if (rendered) // else rendering failed and was reported
        {
            var page = reused is null ? buffer.WrittenSpan : reused;
            // A page rendered again just as the previous build made it (an index whose lists did not change): that page's bytes and scan.
            var unchanged = reused ?? (reuse?.PreviousBytes(document) is { } before && before.AsSpan().SequenceEqual(page) ? before : null);
            ScannedLinks? links = null;
            if (document.Destination.EndsWith(".html", StringComparison.Ordinal))
            {
                start = PhaseClock.Start();
                // A page as before has its links checked by what its last scan found; scanned again only when one leads nowhere now.
                links = unchanged is not null && reuse!.PreviousLinks(document) is { } scanned && site.Links.AddScanned(document.Destination, document.Source, unchanged, scanned)
                    ? scanned
                    : site.Links.AddPage(document.Destination, document.Source, page, record: site.Memory is not null);
                clock.Add("scan links (threads)", start);
            }
            if (site.Memory is not null)
            {
                if (reused is not null) site.Memory.Add(document.Destination, reused, links, known ?? fingerprint?.Value);
                else site.Memory.AddRendered(document.Destination, unchanged ?? page.ToArray(), links, fingerprint?.Value);
            }
            if (site.Folder is not null)
            {
                start = PhaseClock.Start();
                using var file = site.StageFile(document.Destination);
                file.Write(page);
                clock.Add("write (threads)", start);
            }
        }
        if (buffer.IsOversized) _page = null; // see Utf8PageBuffer.IsOversized
        return rendered;
    }

    // In memory, a file that is not a page and depends on every transcript waits until someone asks for it:
    // a save would otherwise make the whole feed and sitemap again for nobody.
    private static bool IsMadeWhenAskedFor(Document document) =>
        !document.Destination.EndsWith(".html", StringComparison.Ordinal)
        && !document.Metadata.ContainsKey(MetadataKeys.DependsOn) && !document.Metadata.ContainsKey(MetadataKeys.Fingerprint)
        && (document.ByteWriter is not null || document.Writer is not null);

    private static byte[] Make(Document document)
    {
        using var bytes = new MemoryStream();
        if (document.ByteWriter is { } write) write(bytes);
        else
        {
            var buffer = new Utf8PageBuffer();
            document.Writer!(buffer);
            return buffer.WrittenSpan.ToArray();
        }
        return bytes.ToArray();
    }

    private static bool Copy(string content, Utf8PageBuffer buffer)
    {
        buffer.Write(content);
        return true;
    }

    // Each thread renders its pages into its own buffer, reused from page to page.
    [ThreadStatic]
    private static Utf8PageBuffer? _page;
}
