using System.Globalization;
using StaticSite.Diagnostics;

namespace StaticSite.Cli;

/// <summary>A diagnostic as a GitHub Actions workflow command: <c>::error file=…,line=…,col=…,title=CODE::message</c>.</summary>
internal static class GitHubAnnotation
{
    public static string Of(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var properties = new List<string> { "file=" + Property(location.Path) };
        if (location.Line > 0)
        {
            properties.Add("line=" + location.Line.ToString(CultureInfo.InvariantCulture));
            properties.Add("col=" + Math.Max(location.Column, 1).ToString(CultureInfo.InvariantCulture));
        }
        properties.Add("title=" + Property(diagnostic.Code));
        return $"::{(diagnostic.IsError ? "error" : "warning")} {string.Join(',', properties)}::{Message(diagnostic.Message)}";
    }

    // The escaping GitHub's workflow commands define: data escapes %, CR and LF; properties also ':' and ','.
    private static string Message(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Message(text).Replace(":", "%3A").Replace(",", "%2C");
}
