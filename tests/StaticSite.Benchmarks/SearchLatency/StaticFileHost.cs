using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticSite.Benchmarks.SearchLatency;

/// <summary>
/// A built site's folder served as a static host serves it (files, index.html for a folder), by Kestrel on
/// 127.0.0.1 at a free port: what a reader's browser meets, without the preview's live reload.
/// </summary>
internal sealed class StaticFileHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticFileHost(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, "http://127.0.0.1:PORT/".</summary>
    public string Address { get; }

    public static async Task<StaticFileHost> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        await app.StartAsync();
        return new StaticFileHost(app, new Uri(app.Urls.First()).GetLeftPart(UriPartial.Authority) + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
