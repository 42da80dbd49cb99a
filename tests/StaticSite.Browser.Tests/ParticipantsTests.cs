using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using StaticSite.Browser.Tests.Support;

namespace StaticSite.Browser.Tests;

/// <summary>
/// A 20-person press conference (a chair, a moderator, 18 reporters) on a 360x740 phone: its participants take at
/// most half the screen, every one of them stays linked, and the page is axe-clean folded and opened.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ParticipantsTests(Chromium chromium)
{
    private const int Reporters = 18;

    private const string Path = "transcripts/press-conference/";

    private static readonly AxeRunOptions _rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    private static IEnumerable<(string, string)> PressConference()
    {
        var speakers = new StringBuilder("chair:\n  name: Carla Chair\n  role: Chair of the Board of Governors\nmoderator:\n  name: Mo Derator\n  role: Press officer\n");
        var front = new StringBuilder("---\ntitle: The March Press Conference\ndate: 2024-03-20\nkind: press-conference\nspeakers:\n  - { id: chair }\n  - { id: moderator, role: moderator }\n");
        var body = new StringBuilder("@chair: Good afternoon.\n\n");
        for (var i = 1; i <= Reporters; i++)
        {
            speakers.Append($"reporter-{i}:\n  name: Rita Longername Reporter {i}\n");
            front.Append($"  - {{ id: reporter-{i}, role: reporter, affiliation: The Daily Outlet {i} }}\n");
            body.Append($"@moderator: Rita, {i}.\n\n@reporter-{i}: Question {i}?\n\n@chair: Answer {i}.\n\n");
        }
        return
        [
            ("site.yml", "title: Press Room\ndescription: Press conferences.\n"),
            ("speakers.yml", speakers.ToString()),
            ("topics.yml", ""),
            ("glossary.yml", ""),
            ("transcripts/press-conference.md", front + "---\n\n" + body),
        ];
    }

    [SkippableFact]
    public async Task AtPhoneSize_ParticipantsTakeAtMostHalfTheScreenAndAllAreLinked()
    {
        using var site = BuiltSite.Of(PressConference());
        await using var tab = await chromium.NewTabAsync(width: 360, height: 740);
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + Path);
        var height = await tab.Page.EvaluateAsync<double>("""
            () => {
              const parts = [...document.querySelectorAll('.transcript__header .speakers-list, .transcript__header .questioners')];
              const top = Math.min(...parts.map(p => p.getBoundingClientRect().top));
              const bottom = Math.max(...parts.map(p => p.getBoundingClientRect().bottom));
              return bottom - top;
            }
            """);
        Assert.True(height is > 0 and <= 370, $"the 20 participants take {height}px of a 740px screen");
        Assert.False(await tab.Page.EvaluateAsync<bool>("() => document.querySelector('details.questioners').open"));
        var linked = await tab.Page.EvaluateAsync<int>("() => new Set([...document.querySelectorAll('.transcript__header .speakers-list a, .transcript__header .questioners a')].map(a => a.pathname)).size");
        Assert.Equal(Reporters + 2, linked);
    }

    [SkippableFact]
    public async Task OnAWideScreen_QuestionersAreOpen()
    {
        using var site = BuiltSite.Of(PressConference());
        await using var tab = await chromium.NewTabAsync(width: 1280, height: 900);
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + Path);
        Assert.True(await tab.Page.Locator(".questioners__list a").Nth(Reporters - 1).IsVisibleAsync());
    }

    [SkippableTheory]
    [InlineData(360, false)]
    [InlineData(360, true)]
    [InlineData(1280, false)]
    public async Task Participants_HaveNoAxeViolations(int width, bool open)
    {
        using var site = BuiltSite.Of(PressConference());
        await using var tab = await chromium.NewTabAsync(width: width, height: 740);
        await site.ServeAsync(tab);
        await tab.GotoAsync(site.Address + Path);
        if (open) await tab.Page.Locator(".questioners__summary").ClickAsync();
        var result = await tab.Page.RunAxe(_rules);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.FirstOrDefault()?.Html})")));
    }
}
