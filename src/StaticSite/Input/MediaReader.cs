using StaticSite.Diagnostics;
using StaticSite.Markdown.Turns;
using StaticSite.Model;

namespace StaticSite.Input;

/// <summary>
/// A transcript's <c>media: { url, type, duration }</c> → <see cref="TranscriptMedia"/>. The url is an
/// http(s) address or a path under input/assets/ (its existence is checked when the site is linked,
/// where the asset folders are known); the type says which player the page shows.
/// </summary>
internal static class MediaReader
{
    private static readonly string[] _fields = ["url", "type", "duration"];

    /// <summary>The fields `media:` may have: the schema in schemas/ lists the same (a test compares them).</summary>
    internal static IReadOnlyList<string> Fields => _fields;

    public static TranscriptMedia? Read(YamlMapping yaml, DiagnosticBag diagnostics)
    {
        if (!yaml.Has("media")) return null;
        var media = yaml.Mapping("media", scalarMeans: "url");
        if (media is null)
        {
            diagnostics.Error(yaml.ValueLocation("media"), DiagnosticCodes.InvalidMedia, "'media' must name the recording: media: { url: audio/interview.mp3, type: audio/mpeg, duration: 1:02:05 }");
            return null;
        }
        media.WarnUnknownFields(_fields);
        var url = media.String("url", required: true);
        if (url is null) return null;
        var urlAt = media.ValueLocation("url");
        var external = url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal);
        var asset = external ? null : url.TrimStart('/');
        if (asset is not null && (asset.StartsWith("assets/", StringComparison.Ordinal))) asset = asset["assets/".Length..];
        if (asset is not null && (asset.Length == 0 || url.Contains(':', StringComparison.Ordinal) || asset.Split('/').Any(part => part is "" or "." or "..")))
        {
            diagnostics.Error(urlAt, DiagnosticCodes.InvalidMedia,
                $"media url '{url}' is neither an http(s) address nor a file under input/assets/; write e.g. 'url: audio/interview.mp3' for input/assets/audio/interview.mp3");
            return null;
        }

        var type = media.String("type", required: true) ?? "";
        if (type.Length > 0 && !type.StartsWith("audio/", StringComparison.Ordinal) && !type.StartsWith("video/", StringComparison.Ordinal))
        {
            diagnostics.Error(media.ValueLocation("type"), DiagnosticCodes.InvalidMedia,
                $"media type '{type}' is not an audio or video type; write e.g. 'type: audio/mpeg' or 'type: video/mp4'");
        }

        int? duration = null;
        if (media.String("duration") is { } written)
        {
            duration = Timecode.Parse(written);
            if (duration is null)
            {
                diagnostics.Error(media.ValueLocation("duration"), DiagnosticCodes.MalformedTime,
                    $"malformed duration '{written}': write 'm:ss' or 'h:mm:ss' (e.g. '1:02:05')");
            }
        }
        return new TranscriptMedia(external ? url : null, asset, type, duration, media.Location, urlAt, media.ValueLocation("duration"));
    }
}
