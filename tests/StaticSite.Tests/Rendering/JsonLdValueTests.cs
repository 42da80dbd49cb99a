using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticSite.Rendering;

namespace StaticSite.Tests.Rendering;

/// <summary>JSON-LD is serialized straight into the page being written, and the same JSON reaches any other writer.</summary>
public sealed class JsonLdValueTests
{
    private static readonly JsonLdValue _value = new(json =>
    {
        json.WriteStartObject();
        json.WriteString("@type", "Article");
        json.WriteString("headline", "</script><b>Ça & là</b> 😀");
        json.WriteString("text", new string('x', 100_000)); // more than a writer's first buffer
        json.WriteEndObject();
    });

    [Fact]
    public void OnAPage_ItIsTheSameJsonAsAnywhereElse()
    {
        var page = new Utf8PageBuffer();
        page.Write("<script>");
        _value.WriteToAsync(page, HtmlEncoder.Default, System.Globalization.CultureInfo.InvariantCulture);
        page.Write("</script>");
        var elsewhere = new StringWriter();
        _value.WriteToAsync(elsewhere, HtmlEncoder.Default, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("<script>" + elsewhere + "</script>", Encoding.UTF8.GetString(page.WrittenSpan));
        Assert.Equal(_value.ToStringValue(), elsewhere.ToString());
        Assert.DoesNotContain("</script><b>", elsewhere.ToString()); // never HTML-encoded, but safe inside a script element
        Assert.Equal("</script><b>Ça & là</b> 😀", JsonDocument.Parse(elsewhere.ToString()).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void EachPage_GetsItsOwnJson()
    {
        var page = new Utf8PageBuffer();
        _value.WriteToAsync(page, HtmlEncoder.Default, System.Globalization.CultureInfo.InvariantCulture);
        var first = page.WrittenSpan.ToArray();
        page.Reset();
        _value.WriteToAsync(page, HtmlEncoder.Default, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(first, page.WrittenSpan.ToArray());
    }
}
