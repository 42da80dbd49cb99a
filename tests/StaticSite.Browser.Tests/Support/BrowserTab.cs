using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StaticSite.Browser.Tests.Support;

/// <summary>
/// A page in a browser context of its own that records every uncaught script error (`pageerror`) and
/// every console error, whatever opened the page or navigated it. <see cref="GotoAsync"/> fails as soon
/// as a page has logged one while loading, and disposing the tab fails on any logged later: no browser
/// test can pass over a page that throws.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _errors = new();
    private bool _closed;

    internal BrowserTab(IPage page)
    {
        Page = page;
        page.PageError += (_, error) => _errors.Enqueue($"uncaught script error on {page.Url}: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error") _errors.Enqueue($"console error on {page.Url}: {message.Text} (at {message.Location})");
        };
    }

    public IPage Page { get; }

    /// <summary>The errors logged so far, in order.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Opens the address and fails if the page logged a script or console error while it loaded.</summary>
    public async Task<IResponse?> GotoAsync(string url, PageGotoOptions? options = null)
    {
        var response = await Page.GotoAsync(url, options);
        AssertNoErrors();
        return response;
    }

    public void AssertNoErrors()
    {
        if (!_errors.IsEmpty) Assert.Fail("the page logged errors:\n  " + string.Join("\n  ", _errors));
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed) return;
        _closed = true;
        await Page.Context.CloseAsync();
        AssertNoErrors();
    }
}
