using StaticSite.Model;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>
/// Related passages in an archive where a topic is shared by more exchanges than each topic or term
/// puts forward (<see cref="RelatedExchanges.CandidatesPerKey"/>): the ranking stays right where it matters.
/// </summary>
public sealed class RelatedPassagesArchiveTests : IDisposable
{
    private static readonly int _manyExchanges = RelatedExchanges.CandidatesPerKey + 8;

    // A newer interview with more exchanges on Code than one topic puts forward, and an old one on Code and the API.
    private static readonly string _archive = $"""
        -- input/transcripts/many-talk.md --
        ---
        title: The Many Talk
        date: 2025-06-01
        speakers:
          - {"{"} id: host, role: interviewer {"}"}
          - {"{"} id: guest {"}"}
        ---

        {string.Join("\n\n", Enumerable.Range(1, _manyExchanges).Select(n => $"@host #code: Question {n}?\n\n@guest: Answer {n}."))}
        -- input/transcripts/old-talk.md --
        ---
        title: The Old Talk
        date: 2000-01-01
        speakers:
          - {"{"} id: host, role: interviewer {"}"}
          - {"{"} id: guest {"}"}
        ---

        @host #code: Is the API stable?

        @guest: Yes.
        """;

    private readonly TestSite _site = TestSite.BuildMinimal(_archive).AssertSucceeded();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AnOldExchangeSharingATermAndTheTopic_OutranksTheManyNewerOnesSharingOnlyTheTopic()
    {
        // The first talk's second exchange is on Code and names the API. The old talk's exchange is
        // further down Code's list than the topic puts forward, but the API's short list brings it.
        var many = Questions("many-talk");
        Assert.Equal([Questions("old-talk")[0], many[0], many[1]], Related("first-talk")[1]);
    }

    [Fact]
    public void AnInterviewsOwnExchanges_DoNotUseUpWhatATopicPutsForward()
    {
        // Code's list opens with all of the many talk's own exchanges; the other interviews come after them.
        var related = Related("many-talk");
        Assert.Equal(_manyExchanges, related.Count);
        Assert.All(related, r => Assert.Equal([Questions("first-talk")[1], Questions("old-talk")[0]], r));
    }

    private List<string> Questions(string slug) => ExchangeLinks.Questions(_site, slug);

    private List<List<string>> Related(string slug) => ExchangeLinks.Related(_site, slug);
}
