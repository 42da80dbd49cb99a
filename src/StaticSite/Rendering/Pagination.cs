using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// Splits a long list (a topic's exchanges at archive scale) into pages of site.yml's page_size:
/// /topics/x/, /topics/x/page/2/, … Each page knows its neighbours for the pager.
/// </summary>
public static class Pagination
{
    public static IReadOnlyList<(IReadOnlyList<T> Items, PagerView Pager)> Split<T>(IReadOnlyList<T> items, int pageSize, string firstUrl)
    {
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        string Url(int number) => Model.SiteUrls.Paged(firstUrl, number);
        var pages = new List<(IReadOnlyList<T>, PagerView)>(count);
        for (var number = 1; number <= count; number++)
        {
            var slice = items.Skip((number - 1) * pageSize).Take(pageSize).ToList();
            var pager = new PagerView(number, count, Url(number),
                number > 1 ? Url(number - 1) : null,
                number < count ? Url(number + 1) : null,
                [.. Enumerable.Range(1, count).Select(n => new LinkView(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Url(n)))]);
            pages.Add((slice, pager));
        }
        return pages;
    }
}
