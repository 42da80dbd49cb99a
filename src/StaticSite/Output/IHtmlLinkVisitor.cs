namespace StaticSite.Output;

/// <summary>Receives what <see cref="HtmlLinkScanner"/> reads from a page.</summary>
public interface IHtmlLinkVisitor
{
    /// <summary>An id (or an a name), decoded into a buffer of the scanner's: copy it if it must outlive the call.</summary>
    void Id(ReadOnlySpan<char> id);

    /// <summary>A link or resource address (href of a, link, area; src of img, script, media), decoded likewise.</summary>
    void Reference(ReadOnlySpan<char> reference);
}
