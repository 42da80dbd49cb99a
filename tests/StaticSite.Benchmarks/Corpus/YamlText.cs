using System.Text;

namespace StaticSite.Benchmarks.Corpus;

/// <summary>YAML scalars written by hand: double-quoted, so names like O'Brien and colons in text stay plain strings.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";
}
