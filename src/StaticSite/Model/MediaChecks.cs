using StaticSite.Diagnostics;
using StaticSite.Markdown;
using StaticSite.Markdown.Turns;

namespace StaticSite.Model;

/// <summary>
/// A timed transcript against its recording: times only go forward and stay within the duration, a
/// recording has times to follow, and a recording under input/assets/ is there.
/// </summary>
internal static class MediaChecks
{
    /// <param name="assetExists">Whether a path relative to input/assets/ names a file.</param>
    public static void Check(TranscriptHeader header, ParsedBody body, Func<string, bool> assetExists, DiagnosticBag diagnostics)
    {
        var media = header.Media;
        TurnTime? previous = null;
        var timed = false;
        foreach (var time in body.Items.OfType<TurnItem>().Select(t => t.Time).OfType<TurnTime>())
        {
            timed = true;
            if (previous is not null && time.Seconds < previous.Seconds)
            {
                diagnostics.Error(time.Location, DiagnosticCodes.TimeGoesBackwards,
                    $"time {Timecode.Display(time.Seconds)} is earlier than the turn before it ({Timecode.Display(previous.Seconds)} at line {previous.Location.Line}); times go forward through the recording");
            }
            if (media?.Duration is { } duration && time.Seconds > duration)
            {
                diagnostics.Error(time.Location, DiagnosticCodes.TimePastDuration,
                    $"time {Timecode.Display(time.Seconds)} is past the end of the recording (duration {Timecode.Display(duration)} at line {media.DurationLocation.Line}); fix the time or the duration");
            }
            previous = time;
        }
        if (media is null) return;
        if (!timed)
        {
            diagnostics.Error(media.Location, DiagnosticCodes.MediaWithoutTimes,
                "this transcript names a recording but no turn has a time; write when turns start after the speaker, as in '@speaker 1:05:', or remove 'media:'");
        }
        if (media.Asset is { } asset && !assetExists(asset))
        {
            diagnostics.Error(media.UrlLocation, DiagnosticCodes.MediaNotFound,
                $"media file 'input/assets/{asset}' does not exist; put the recording there or give its http(s) address");
        }
    }
}
