using System.Text;

namespace StaticSite.Tests.Support;

/// <summary>
/// Publications beyond the interview, as file trees for <see cref="TestSite.Build"/>: a press conference (a chair
/// who answers, a moderator who calls on 18 reporters, each asking once) beside a briefing (two officials, the same
/// moderator, four reporters); and a podcast whose host asks.
/// </summary>
internal static class PublicationFixtures
{
    public const int Reporters = 18;

    public static string PressConference { get; } = BuildPressConference();

    public const string Podcast = """
        -- input/site.yml --
        title: Space Talk
        description: A podcast about space.
        base_url: https://example.org/
        -- input/speakers.yml --
        pat:
          name: Pat Presenter
        sam:
          name: Sam Scientist
          role: Lunar scientist
        -- input/topics.yml --
        moon:
          title: The Moon
        water:
          title: Water
        -- input/glossary.yml --
        regolith:
          term: regolith
          definition: The Moon's loose soil.
        -- input/transcripts/episode-1.md --
        ---
        title: Why the Moon
        date: 2019-10-18
        kind: podcast
        summary: Why we go back.
        speakers:
          - { id: pat, role: host }
          - { id: sam, role: guest }
        ---

        @pat #moon: Why the Moon?

        @sam: Because the regolith keeps a record.

        @pat #water: And water?

        @sam: It is there, in the cold traps.
        """;

    private static string BuildPressConference()
    {
        var text = new StringBuilder("""
            -- input/site.yml --
            title: Press Room
            description: Press conferences and briefings.
            base_url: https://example.org/
            -- input/topics.yml --
            rates:
              title: Rates
            jobs:
              title: Jobs
            -- input/glossary.yml --
            inflation:
              term: inflation
              definition: Prices rising.
            -- input/speakers.yml --
            chair:
              name: Carla Chair
              role: Chair of the Board
            moderator:
              name: Mo Derator
              role: Press officer
            deputy:
              name: Dee Deputy
              role: Deputy director

            """);
        for (var i = 1; i <= Reporters; i++) text.Append($"reporter-{i}:\n  name: Rita Reporter {i}\n");
        text.Append("""
            -- input/transcripts/press-conference.md --
            ---
            title: The March Press Conference
            date: 2024-03-20
            kind: press-conference
            speakers:
              - { id: chair }
              - { id: moderator, role: moderator }

            """);
        for (var i = 1; i <= Reporters; i++) text.Append($"  - {{ id: reporter-{i}, role: reporter, affiliation: Outlet {i} }}\n");
        text.Append("---\n\n@chair: Good afternoon. Inflation has eased.\n\n");
        for (var i = 1; i <= Reporters; i++)
        {
            text.Append($"@moderator: Next question, number {i}.\n\n");
            text.Append($"@reporter-{i} #{(i % 2 == 0 ? "jobs" : "rates")}: Question {i} on inflation?\n\n");
            text.Append($"@chair: Answer {i}.\n\n");
        }
        text.Append("@moderator: Thank you all.\n");
        text.Append("""
            -- input/transcripts/briefing.md --
            ---
            title: The Morning Briefing
            date: 2024-03-19
            kind: briefing
            speakers:
              - { id: deputy, role: official }
              - { id: moderator, role: moderator }
              - { id: reporter-1, role: reporter, affiliation: Outlet 1 }
              - { id: reporter-2, role: reporter, affiliation: Outlet 2 }
            ---

            @moderator: Welcome. Our first question.

            @reporter-1 #rates: What about rates?

            @deputy: They hold.

            @moderator: Next question.

            @reporter-2 #jobs: And jobs?

            @deputy: Strong.

            """);
        return text.ToString();
    }
}
