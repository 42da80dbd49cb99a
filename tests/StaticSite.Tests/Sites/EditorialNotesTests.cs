using StaticSite.Tests.Support;

namespace StaticSite.Tests.Sites;

/// <summary>The margin notes of editorial prose, placed by the theme's _notes.liquid after the prose.</summary>
public class EditorialNotesTests
{
    private const string Transcript = """
        -- input/transcripts/first-talk.md --
        ---
        title: The First Talk
        date: 2024-11-07
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        An introduction.[^a]

        @host: A question?

        ***

        Between turns.[^b] And more.[^c]

        [^a]: Note *a*.
        [^b]: B.
        [^c]: C.
        """;

    [Fact]
    public void EditorialNotes_AreOneAsideAfterTheProse()
    {
        using var site = TestSite.BuildMinimal(Transcript).AssertSucceeded();

        var html = File.ReadAllText(Path.Combine(site.Output, "transcripts", "first-talk", "index.html"));
        Assert.Contains("""
            <p>An introduction.<sup class="note-ref" id="ref-a"><a href="#note-a">1</a></sup></p>
            <aside class="margin-notes" aria-label="Note 1"><button type="button" class="notes-toggle" aria-expanded="false" aria-controls="notes-note-a">Notes (1)</button><ol id="notes-note-a"><li id="note-a" value="1">Note <em>a</em>.</li></ol></aside>

                </div>
            """, html, StringComparison.Ordinal);
    }

    [Fact]
    public void EachEditorialAside_IsNamedByItsNoteNumbers()
    {
        // A page has many notes asides: each is a landmark, so each needs a name of its own (axe landmark-unique).
        using var site = TestSite.BuildMinimal(Transcript).AssertSucceeded();

        var asides = site.Page("transcripts/first-talk/").QuerySelectorAll(".editorial > aside.margin-notes");
        Assert.Equal(["Note 1", "Notes 2, 3"], asides.Select(a => a.GetAttribute("aria-label")));
        Assert.Equal(["note-b", "note-c"], asides[1].QuerySelectorAll("ol#notes-note-b > li").Select(li => li.Id));
    }
}
