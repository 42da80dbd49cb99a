using System.Text;
using StaticSite.Input;
using StaticSite.Pipeline;

namespace StaticSite.Output;

/// <summary>
/// Stylesheets leave the build without comments and with whitespace collapsed, so the theme can
/// stay commented and readable while every page downloads less. Strings are kept as written;
/// only whitespace that CSS never needs is dropped (a space before '(' or ':' can be meaningful, so it stays).
/// </summary>
public sealed class MinifyStylesheets : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        foreach (var document in inputs)
        {
            if (!document.Destination.EndsWith(".css", StringComparison.Ordinal) || !document.Metadata.ContainsKey(MetadataKeys.CopyFile))
            {
                yield return document;
                continue;
            }
            var css = File.ReadAllText(document.Get<string>(MetadataKeys.FullPath));
            yield return (document with { Metadata = document.Metadata.Remove(MetadataKeys.CopyFile) }).WithContent(Minify(css));
        }
    }

    internal static string Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var space = false;
        for (var i = 0; i < css.Length; i++)
        {
            var c = css[i];
            if (c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? css.Length : end + 1;
                space = true;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && output.Length > 0 && !"{};,>:(".Contains(output[^1]) && !"{};,>)".Contains(c)) output.Append(' ');
            space = false;
            if (c == '}' && output.Length > 0 && output[^1] == ';') output.Length--;
            if (c is '"' or '\'')
            {
                var start = i;
                for (i++; i < css.Length && css[i] != c; i++)
                {
                    if (css[i] == '\\') i++;
                }
                output.Append(css, start, Math.Min(i, css.Length - 1) - start + 1);
                continue;
            }
            output.Append(c);
        }
        return output.Append('\n').ToString();
    }
}
