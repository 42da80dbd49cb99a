namespace StaticSite.Output;

/// <summary>Receives what <see cref="HtmlLinkScanner"/> reads from a page.</summary>
public interface IHtmlLinkVisitor
{
    /// <summary>An id (or an a name), still in the page's buffer: copy it if it must outlive the call.</summary>
    void Id(ReadOnlySpan<char> id);

    /// <summary>A link or resource address (href of a, link, area; src of img, script, media), still in the page's buffer.</summary>
    void Reference(ReadOnlySpan<char> reference);
}
