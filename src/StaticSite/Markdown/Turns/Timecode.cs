using System.Globalization;

namespace StaticSite.Markdown.Turns;

/// <summary>
/// A time in a recording as editors write it: <c>m:ss</c> or <c>h:mm:ss</c> (minutes under an hour
/// part, seconds always two digits), kept as whole seconds. Shown back the same way, and as WebVTT
/// (<c>hh:mm:ss.000</c>) and ISO 8601 durations for <c>&lt;time datetime&gt;</c>.
/// </summary>
public static class Timecode
{
    /// <summary>Reads a time, or null when it is not <c>m:ss</c> or <c>h:mm:ss</c>.</summary>
    public static int? Parse(ReadOnlySpan<char> text)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = text.Split(parts, ':');
        if (count is < 2 or > 3) return null;
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            var part = text[parts[i]];
            // The last two parts are two digits; the first is one digit or more (no sign, no spaces).
            var fixedWidth = i > 0;
            if (part.IsEmpty || (fixedWidth && part.Length != 2) || part.Length > 4) return null;
            foreach (var c in part)
            {
                if (c is < '0' or > '9') return null;
            }
            values[i] = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            if (fixedWidth && values[i] > 59) return null;
        }
        return count == 2 ? values[0] * 60 + values[1] : values[0] * 3600 + values[1] * 60 + values[2];
    }

    /// <summary>Whether a label token means to be a time: it starts with a digit (speaker and topic ids cannot).</summary>
    public static bool LooksLikeOne(ReadOnlySpan<char> token) => token.Length > 0 && char.IsAsciiDigit(token[0]);

    /// <summary><c>m:ss</c> under an hour, else <c>h:mm:ss</c>.</summary>
    public static string Display(int seconds) => seconds < 3600
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}");

    /// <summary>The WebVTT cue time, <c>hh:mm:ss.000</c>.</summary>
    public static string WebVtt(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}.000");

    /// <summary>An ISO 8601 duration (<c>PT1H2M3S</c>), as <c>&lt;time datetime&gt;</c> takes one.</summary>
    public static string Iso(int seconds)
    {
        if (seconds == 0) return "PT0S";
        var text = "PT";
        if (seconds >= 3600) text += (seconds / 3600).ToString(CultureInfo.InvariantCulture) + "H";
        if (seconds / 60 % 60 > 0) text += (seconds / 60 % 60).ToString(CultureInfo.InvariantCulture) + "M";
        if (seconds % 60 > 0) text += (seconds % 60).ToString(CultureInfo.InvariantCulture) + "S";
        return text;
    }
}
