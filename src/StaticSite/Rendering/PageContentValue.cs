using System.Globalization;
using System.Text.Encodings.Web;

namespace StaticSite.Rendering;

/// <summary>
/// <c>content</c> in base.liquid: the page's own layout, rendered straight into base.liquid's
/// output where <c>{{ content }}</c> stands. It is HTML by definition, so it is never encoded (as
/// in Jekyll). Rendering it first into a buffer of its own copied every page once more and kept
/// a second page-sized buffer per thread (megabytes for a large site's index page).
/// </summary>
internal sealed class PageContentValue(Func<TextWriter, bool> render) : TextValue
{
    private string? _text;
    private bool _rendered;

    /// <summary>Whether rendering the layout failed (and was reported).</summary>
    public bool Failed { get; private set; }

    // Only a layout that treats content as a string (a filter, a comparison) pays for one.
    public override string ToStringValue()
    {
        if (_text is null)
        {
            var text = new StringWriter();
            Render(text);
            _text = text.ToString();
        }
        return _text;
    }

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        if (_text is not null) writer.Write(_text);
        else Render(writer);
        return ValueTask.CompletedTask;
    }

    /// <summary>Renders the layout (into nothing) if base.liquid never wrote it, so that its errors are still reported.</summary>
    public void EnsureRendered()
    {
        if (!_rendered) Render(TextWriter.Null);
    }

    private void Render(TextWriter writer)
    {
        _rendered = true;
        if (!render(writer)) Failed = true;
    }
}
