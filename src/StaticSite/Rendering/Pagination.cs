using System.Collections;
using StaticSite.Input;
using StaticSite.Pipeline;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// The pages of a long list (a topic's exchanges, a speaker's turns, a term's occurrences, the interviews archive) in pages
/// of site.yml's page_size: /topics/x/, /topics/x/page/2/, … Each page knows its neighbours for the
/// pager. Pages are planned long before they are written, so a page holds a window on the list, not
/// a copy, and the pages of one list share one list of page addresses.
/// </summary>
public static class Pagination
{
    /// <summary>One deferred page per page_size items, whose layout reads <paramref name="variable"/> of its items and pager.</summary>
    /// <param name="shows">
    /// Adds to a page's fingerprint what the page shows of its items and of the whole list (counts, labels): the
    /// preview renders a page again only when that changed. Its place in the list is added here.
    /// </param>
    public static IEnumerable<Document> Pages<T>(BuildContext context, PagedList list, IReadOnlyList<T> items,
        Func<IReadOnlyList<T>, PagerView, (string Name, object? Value)> variable, Action<PageFingerprint, IReadOnlyList<T>, PagerView> shows)
    {
        var views = context.Views();
        foreach (var (slice, pager) in Split(items, context.Model.Settings.PageSize, list.FirstUrl))
        {
            var page = views.Page(list.Layout, Title(list.Title, pager), list.Description, pager.Url);
            var document = PageDocument.Deferred(context, views, page, list.Layout, list.Source, () => [variable(slice, pager)]);
            if (list.DependsOn is not null) document = document.With(MetadataKeys.DependsOn, new[] { list.DependsOn });
            yield return PageFingerprint.Stamp(document, context, fingerprint => shows(fingerprint.Add(pager.Number).Add(pager.Count).Add(items.Count), slice, pager));
        }
    }

    /// <summary>"Music" on page 1, "Music (page 2 of 9)" after.</summary>
    private static string Title(string title, PagerView pager) => pager.Number == 1 ? title : $"{title} (page {pager.Number} of {pager.Count})";

    private static List<(IReadOnlyList<T> Items, PagerView Pager)> Split<T>(IReadOnlyList<T> items, int pageSize, string firstUrl)
    {
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        IReadOnlyList<string> urls = [.. Enumerable.Range(1, count).Select(n => Model.SiteUrls.Paged(firstUrl, n))];
        var pages = new List<(IReadOnlyList<T>, PagerView)>(count);
        for (var number = 1; number <= count; number++)
        {
            var start = (number - 1) * pageSize;
            var slice = new Window<T>(items, start, Math.Min(pageSize, items.Count - start));
            pages.Add((slice, new PagerView(number, urls)));
        }
        return pages;
    }

    // Items [start, start + count) of a list that outlives it.
    private sealed class Window<T>(IReadOnlyList<T> items, int start, int count) : IReadOnlyList<T>
    {
        public int Count => count;

        public T this[int index] => (uint)index < (uint)count ? items[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return items[start + i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
