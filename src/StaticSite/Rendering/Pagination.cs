using System.Collections;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// Splits a long list (a topic's exchanges at archive scale) into pages of site.yml's page_size:
/// /topics/x/, /topics/x/page/2/, … Each page knows its neighbours for the pager. Pages are
/// planned long before they are written, so a page holds a window on the list, not a copy, and
/// the pages of one list share one list of page links: a link list per page grew with the
/// square of the page count.
/// </summary>
public static class Pagination
{
    public static IReadOnlyList<(IReadOnlyList<T> Items, PagerView Pager)> Split<T>(IReadOnlyList<T> items, int pageSize, string firstUrl)
    {
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        IReadOnlyList<LinkView> links =
            [.. Enumerable.Range(1, count).Select(n => new LinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Model.SiteUrls.Paged(firstUrl, n)))];
        var pages = new List<(IReadOnlyList<T>, PagerView)>(count);
        for (var number = 1; number <= count; number++)
        {
            var start = (number - 1) * pageSize;
            var slice = new Window<T>(items, start, Math.Min(pageSize, items.Count - start));
            var pager = new PagerView(number, count, links[number - 1].Url,
                number > 1 ? links[number - 2].Url : null,
                number < count ? links[number].Url : null,
                links);
            pages.Add((slice, pager));
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
