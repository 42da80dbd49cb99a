using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StaticSite.Input;

namespace StaticSite.Cli.Preview;

/// <summary>
/// Serves the previewed site with Kestrel (on 127.0.0.1 unless --host says otherwise): the site's files from memory under the
/// base path, the live-reload script injected into HTML as it is served (the site itself is a plain build),
/// a status endpoint with the current diagnostics, and Server-Sent Events at every rebuild.
/// </summary>
internal sealed class PreviewServer(PreviewSession session) : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider _types = new();
    private static readonly byte[] _injection = Encoding.UTF8.GetBytes($"<script src=\"{LiveReloadScript.Path}\" defer></script>\n");
    private WebApplication? _app;
    private CancellationToken _stopping;

    /// <summary>The address it listens on, e.g. http://127.0.0.1:5080/.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The port it listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Starts listening on 127.0.0.1; port 0 takes a free port (tests).</summary>
    public Task StartAsync(int port, CancellationToken cancel = default) => StartAsync(IPAddress.Loopback, port, cancel);

    /// <summary>Starts listening on <paramref name="host"/>; port 0 takes a free port. A taken port throws <see cref="PortTakenException"/>.</summary>
    public async Task StartAsync(IPAddress host, int port, CancellationToken cancel = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // The command line owns Ctrl+C and SIGTERM (CommandLine.Invoke): the host must not take them too.
        builder.Services.AddSingleton<IHostLifetime, CommandLineLifetime>();
        // Stopping waits for open requests this long at most; live-reload streams end as soon as stopping begins.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(host, port);
            // Requests are GETs of files: a small request line and headers, and no body.
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Limits.MaxRequestBodySize = 0;
        });
        var app = builder.Build();
        app.MapGet(LiveReloadScript.Path, () => Results.Text(LiveReloadScript.Source, "text/javascript; charset=utf-8"));
        app.MapGet("/__staticsite/status", () => Results.Json(Status(), PreviewJson.Default.PreviewStatus));
        app.MapGet("/__staticsite/events", Events);
        // Every other GET is a file of the site; a plain MapFallback would skip paths with a file extension (site.css, 404.html).
        app.MapGet("{**path}", Serve);
        try
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new PortTakenException(port, e);
        }
        _app = app;
        _stopping = app.Lifetime.ApplicationStopping;
        var bound = new Uri(app.Urls.First());
        Port = bound.Port;
        Address = bound.GetLeftPart(UriPartial.Authority) + session.BasePath;
    }

    /// <summary>Stops serving: live-reload streams end at once, other requests get a moment to finish.</summary>
    public async Task StopAsync()
    {
        if (_app is null) return;
        // Within the command line's patience (CommandLine.StopPatience), so that the preview ends before it gives up.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(patience.Token).ConfigureAwait(false);
    }

    private PreviewStatus Status() => new(
        session.Version,
        (int)session.LastRebuild.TotalMilliseconds,
        [.. session.Diagnostics.Select(d => new PreviewDiagnostic(
            d.Location.Path, d.Location.Line, d.Location.Column, d.IsError ? "error" : "warning", d.Code, d.Message))]);

    // One event per rebuild, good or failed, until the page goes away or the preview stops.
    private async Task Events(HttpContext context)
    {
        using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        // Taken before the stream opens, so that a rebuild between the page's own check (on open) and the first wait is told too.
        var changed = session.Changed;
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", open.Token).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(open.Token).ConfigureAwait(false);
            while (!open.IsCancellationRequested)
            {
                await changed.WaitAsync(open.Token).ConfigureAwait(false);
                changed = session.Changed;
                await context.Response.WriteAsync($"event: rebuilt\ndata: {session.Version}\n\n", open.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(open.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded, or the preview is stopping.
        }
    }

    private async Task Serve(HttpContext context)
    {
        var site = session.Site;
        var path = context.Request.Path.Value ?? "/";
        var destination = site is null ? null : Resolve(site, path);
        if (destination is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            destination = "404.html";
        }
        if (site?.Find(destination) is not { } bytes) return;
        _types.TryGetContentType(destination, out var type);
        context.Response.ContentType = type ?? "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        if (destination.EndsWith(".html", StringComparison.Ordinal)) bytes = Inject(bytes);
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    // The site's file a URL under the base path names ("topics/x/" is "topics/x/index.html"), or null. Only a
    // destination the build made can answer, and a path with dot segments or backslashes names none.
    private string? Resolve(Output.MemorySite site, string urlPath)
    {
        if (!urlPath.StartsWith(session.BasePath, StringComparison.Ordinal))
            return urlPath == session.BasePath.TrimEnd('/') ? "index.html" : null;
        var relative = Uri.UnescapeDataString(urlPath[session.BasePath.Length..]);
        if (relative.Contains('\\') || relative.Split('/').Any(segment => segment is "." or "..")) return null;
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (site.Find(relative) is not null) return relative;
        return site.Find(relative + "/index.html") is not null ? relative + "/index.html" : null;
    }

    // The live-reload script goes in before </body>; preview never changes the files themselves.
    private static byte[] Inject(byte[] html)
    {
        var end = html.AsSpan().LastIndexOf("</body>"u8);
        if (end < 0) return [.. html, .. _injection];
        return [.. html.AsSpan(0, end), .. _injection, .. html.AsSpan(end)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _app = null;
    }
}
