using System.Text.Json;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Media;

/// <summary>
/// A transcript timed against its recording: the page's native player, each timed turn's time as a
/// link to the turn that seeks it, the WebVTT captions and the JSON export's times.
/// </summary>
public sealed class TimedTranscriptTests
{
    /// <summary>The minimal site's first talk, timed, with a recording under input/assets/ (its bytes do not matter here).</summary>
    public const string Timed = """
        -- input/assets/media/talk.wav --
        RIFF
        -- input/transcripts/first-talk.md --
        ---
        title: The First Talk
        date: 2024-11-07
        media: { url: media/talk.wav, type: audio/wav, duration: 2:30 }
        speakers:
          - { id: host, role: interviewer }
          - { id: guest }
        ---

        @host 0:00 #money: How do you pay for the API?

        @guest 0:12: We sell API access & \<support> to developers.

        @host 1:05 #code: What do you write?

        @guest: Mostly APIs.
        """;

    [Fact]
    public void TimedTranscript_HasANativePlayerOfItsRecording()
    {
        using var site = TestSite.BuildMinimal(Timed).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var audio = page.QuerySelector("audio[controls][data-media-player]");
        Assert.NotNull(audio);
        Assert.Equal("/assets/media/talk.wav", audio.GetAttribute("src"));
        Assert.Null(page.QuerySelector("video"));
        Assert.True(site.Exists("assets/media/talk.wav"));
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='text/vtt'][href='/transcripts/first-talk/transcript.vtt']"));
    }

    [Fact]
    public void TimedTurn_ShowsItsTimeAsALinkToTheTurnThatSeeksThePlayer()
    {
        using var site = TestSite.BuildMinimal(Timed).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var times = page.QuerySelectorAll("a.turn__time[data-seek]");
        Assert.Equal(["0", "12", "65"], times.Select(a => a.GetAttribute("data-seek")));
        var third = times[2];
        Assert.Equal("1:05", third.QuerySelector("time")!.TextContent);
        Assert.Equal("PT1M5S", third.QuerySelector("time")!.GetAttribute("datetime"));
        var turn = third.Closest("article.turn")!;
        Assert.Equal("#" + turn.Id, third.GetAttribute("href"));
        Assert.Equal("Play from 1:05", third.TextContent.Trim());
        // The untimed fourth turn shows no time.
        Assert.Equal(4, page.QuerySelectorAll("article.turn").Length);
        Assert.Null(page.QuerySelectorAll("article.turn")[3].QuerySelector(".turn__time"));
    }

    [Fact]
    public void TimedTurns_KeepTheAnchorsTheyHadUntimed()
    {
        using var untimed = TestSite.BuildMinimal().AssertSucceeded();
        using var timed = TestSite.BuildMinimal(Timed.Replace("& \\<support> ", "")).AssertSucceeded();
        Assert.Equal(untimed.Page("transcripts/first-talk/").QuerySelectorAll("article.turn").Select(t => t.Id),
            timed.Page("transcripts/first-talk/").QuerySelectorAll("article.turn").Select(t => t.Id));
    }

    [Fact]
    public void UntimedTranscript_HasNoPlayerNoTimesAndNoCaptions()
    {
        using var site = TestSite.BuildMinimal().AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        Assert.Null(page.QuerySelector("audio, video, .media-player, .turn__time"));
        Assert.False(site.Exists("transcripts/first-talk/transcript.vtt"));
    }

    [Fact]
    public void TimesWithoutMedia_AreShownAsTextNotLinks()
    {
        using var site = TestSite.BuildMinimal(Timed.Replace("media: { url: media/talk.wav, type: audio/wav, duration: 2:30 }\n", "")).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        Assert.Null(page.QuerySelector("a.turn__time, audio"));
        Assert.Equal(3, page.QuerySelectorAll("time.turn__time").Length);
    }

    [Fact]
    public void Captions_HaveOneCuePerTimedTurn_WithTheSpeakerAsVoice()
    {
        using var site = TestSite.BuildMinimal(Timed).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var anchors = page.QuerySelectorAll("article.turn").Select(t => t.Id).ToList();
        var vtt = File.ReadAllText(Path.Combine(site.Output, "transcripts/first-talk/transcript.vtt"));
        Assert.Equal($"""
            WEBVTT

            {anchors[0]}
            00:00:00.000 --> 00:00:12.000
            <v The Host>How do you pay for the API?

            {anchors[1]}
            00:00:12.000 --> 00:01:05.000
            <v Ada Guest>We sell API access &amp; &lt;support&gt; to developers.

            {anchors[2]}
            00:01:05.000 --> 00:02:30.000
            <v The Host>What do you write?

            """.ReplaceLineEndings("\n"), vtt);
    }

    [Fact]
    public void Captions_LastCueRunsAMinute_WhenTheDurationIsNotGiven()
    {
        using var site = TestSite.BuildMinimal(Timed.Replace(", duration: 2:30", "")).AssertSucceeded();
        var vtt = File.ReadAllText(Path.Combine(site.Output, "transcripts/first-talk/transcript.vtt"));
        Assert.Contains("00:01:05.000 --> 00:02:05.000\n<v The Host>What do you write?\n", vtt);
    }

    [Fact]
    public void JsonExport_HasTheRecordingAndEachTimedTurnsStart()
    {
        using var site = TestSite.BuildMinimal(Timed).AssertSucceeded();
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "transcripts/first-talk/transcript.json")));
        var media = json.RootElement.GetProperty("media");
        Assert.EndsWith("/assets/media/talk.wav", media.GetProperty("url").GetString());
        Assert.Equal("audio/wav", media.GetProperty("type").GetString());
        Assert.Equal(150, media.GetProperty("duration").GetInt32());
        var turns = json.RootElement.GetProperty("turns").EnumerateArray().ToList();
        Assert.Equal([0, 12, 65], turns.Take(3).Select(t => t.GetProperty("start").GetInt32()));
        Assert.Equal("1:05", turns[2].GetProperty("time").GetString());
        Assert.False(turns[3].TryGetProperty("start", out _));
    }

    [Fact]
    public void VideoRecording_GetsAVideoPlayerWithTheCaptionsAsTrack()
    {
        using var site = TestSite.BuildMinimal(Timed.Replace("media: { url: media/talk.wav, type: audio/wav, duration: 2:30 }",
            "media: { url: 'https://media.example.org/talk.mp4', type: video/mp4 }")).AssertSucceeded();
        var page = site.Page("transcripts/first-talk/");
        var video = page.QuerySelector("video[controls][data-media-player]");
        Assert.NotNull(video);
        Assert.Equal("https://media.example.org/talk.mp4", video.GetAttribute("src"));
        Assert.Equal("/transcripts/first-talk/transcript.vtt", video.QuerySelector("track[kind=captions]")?.GetAttribute("src"));
        Assert.Null(page.QuerySelector("audio"));
    }

    [Fact]
    public void BareNumberAfterTheSpeaker_IsProseNotATime()
    {
        using var site = TestSite.BuildMinimal("""
            -- input/transcripts/first-talk.md --
            ---
            title: The First Talk
            date: 2024-11-07
            speakers:
              - { id: host, role: interviewer }
            ---

            @host: Question?

            @everyone 5 things: this paragraph is prose.
            """).AssertSucceeded();
        Assert.Contains("@everyone 5 things", site.Page("transcripts/first-talk/").QuerySelector(".transcript__body")!.TextContent);
    }
}
