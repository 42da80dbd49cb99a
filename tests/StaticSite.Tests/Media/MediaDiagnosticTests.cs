using StaticSite.Diagnostics;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Media;

/// <summary>Every mistake in times and recordings is reported at its line and column, with its code; the build fails.</summary>
public sealed class MediaDiagnosticTests
{
    private const string Transcript = "input/transcripts/first-talk.md";

    private static void FailsAt(string code, string changes, int line, int column, string? says = null)
    {
        using var site = TestSite.BuildMinimal(changes);
        Assert.False(site.Result.Succeeded, "the build should fail with " + code);
        var diagnostic = site.Single(code);
        Assert.Equal((Transcript, line, column), (diagnostic.Location.Path, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.True(diagnostic.IsError);
        if (says is not null) Assert.Contains(says, diagnostic.Message);
    }

    private static string Timed(string from, string to) => TimedTranscriptTests.Timed.Replace(from, to);

    [Theory]
    [InlineData("1:5")]
    [InlineData("1:65")]
    [InlineData("12.05")]
    [InlineData("1:02:03:04")]
    public void MalformedTimeInALabel_IsReportedAtTheTime(string time) =>
        FailsAt(DiagnosticCodes.MalformedTime, Timed("@guest 0:12:", $"@guest {time}:"), 12, 8, $"malformed time '{time}'");

    [Fact]
    public void TimeAfterTheTopics_IsReportedWhereItIs() =>
        FailsAt(DiagnosticCodes.MalformedTime, Timed("@host 1:05 #code:", "@host #code 1:05:"), 14, 13, "right after the speaker");

    [Fact]
    public void MalformedDuration_IsReportedAtTheDuration() =>
        FailsAt(DiagnosticCodes.MalformedTime, Timed("duration: 2:30", "duration: two minutes"), 4, 58, "malformed duration");

    [Fact]
    public void TimeGoingBackwards_IsReportedAtTheLaterTurn() =>
        FailsAt(DiagnosticCodes.TimeGoesBackwards, Timed("@host 1:05", "@host 0:10"), 14, 7, "earlier than the turn before it (0:12 at line 12)");

    [Fact]
    public void TimePastTheDuration_IsReportedAtTheTime() =>
        FailsAt(DiagnosticCodes.TimePastDuration, Timed("@host 1:05", "@host 2:31"), 14, 7, "past the end of the recording (duration 2:30");

    [Fact]
    public void MediaWithoutAnyTime_IsReportedAtTheMedia() =>
        FailsAt(DiagnosticCodes.MediaWithoutTimes, Timed("@host 0:00", "@host").Replace("@guest 0:12", "@guest").Replace("@host 1:05", "@host"), 4, 8);

    [Fact]
    public void MediaFileMissingFromAssets_IsReportedAtTheUrl() =>
        FailsAt(DiagnosticCodes.MediaNotFound, Timed("url: media/talk.wav", "url: media/tlak.wav"), 4, 15, "input/assets/media/tlak.wav");

    [Fact]
    public void MediaTypeThatIsNotAudioOrVideo_IsReportedAtTheType() =>
        FailsAt(DiagnosticCodes.InvalidMedia, Timed("type: audio/wav", "type: text/html"), 4, 37);

    [Fact]
    public void MediaUrlLeavingTheAssets_IsReportedAtTheUrl() =>
        FailsAt(DiagnosticCodes.InvalidMedia, Timed("url: media/talk.wav", "url: ../secret.wav"), 4, 15, "neither an http(s) address nor a file under input/assets/");

    [Fact]
    public void ExternalMedia_IsNotLookedForInTheAssets()
    {
        using var site = TestSite.BuildMinimal(Timed("url: media/talk.wav", "url: 'https://media.example.org/talk.wav'"));
        site.AssertSucceeded();
        Assert.Equal("https://media.example.org/talk.wav", site.Page("transcripts/first-talk/").QuerySelector("audio")!.GetAttribute("src"));
    }
}
