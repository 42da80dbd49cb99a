using System.Reflection;
using Fluid;
using StaticSite.Rendering;
using StaticSite.Rendering.Views;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// The view types are listed by hand for the published tool, which is compiled ahead of time and keeps only
/// what code names: a view left out of the list would read as empty there, and only there.
/// </summary>
public sealed class TemplateMembersTests
{
    private static readonly Type[] _publicViews =
        [.. typeof(SiteView).Assembly.GetTypes().Where(t => t.Namespace == typeof(SiteView).Namespace && t.IsPublic).OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Fact]
    public void EveryPublicViewType_IsListed()
    {
        Assert.NotEmpty(_publicViews);
        Assert.Equal(_publicViews.Select(t => t.Name), TemplateMembers.Types.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryPublicProperty_IsReadableBySnakeCaseName()
    {
        var strategy = TemplateMembers.Create();
        var unreadable =
            from type in _publicViews
            from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            let name = MemberNameStrategies.SnakeCase(property)
            where strategy.GetAccessor(type, name) is null
            select type.Name + "." + name;
        Assert.Empty(unreadable);
    }

    [Fact]
    public void EachMember_ReadsItsOwnProperty()
    {
        // Getters are bound per property (text, numbers, flags and lists alike): each name must reach its own.
        var strategy = TemplateMembers.Create();
        var link = new LinkView("A title", "/a/url/", 7);
        var nav = new NavView("Nav", "/nav/", Current: true);
        Assert.Equal("A title", strategy.GetAccessor(typeof(LinkView), "title").Get(link, "title", null));
        Assert.Equal("/a/url/", strategy.GetAccessor(typeof(LinkView), "url").Get(link, "url", null));
        Assert.Equal(7, strategy.GetAccessor(typeof(LinkView), "count").Get(link, "count", null));
        Assert.Equal(true, strategy.GetAccessor(typeof(NavView), "current").Get(nav, "current", null));
        Assert.Equal("/nav/", strategy.GetAccessor(typeof(NavView), "url").Get(nav, "url", null));
    }

    [Fact]
    public void NamesOfAView_AreItsSnakeCaseMembersInOrdinalOrder()
    {
        Assert.Equal(["current", "title", "url"], TemplateMembers.NamesOf(typeof(NavView)));
        Assert.Null(TemplateMembers.NamesOf(typeof(string)));
    }
}
