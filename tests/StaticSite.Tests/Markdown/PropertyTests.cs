using System.Text.RegularExpressions;
using CsCheck;
using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

public class PropertyTests
{
    /// <summary>Strings rich in the characters our syntax cares about, so edge cases come up often.</summary>
    private static readonly Gen<string> MarkdownLike = Gen.String[Gen.OneOf(
        Gen.Char["@#[]{}:^=*_`\\<>|!-\n ()"],
        Gen.Char['a', 'z'],
        Gen.Const('A'),
        Gen.Const('é')), 0, 80];

    private static readonly Gen<string> Transcript = Gen.Select(MarkdownLike, MarkdownLike, Gen.Char['a', 'z'].Array[1, 8],
        (a, b, id) => $"{a}\n\n@{new string(id)} #topic: {b}\n\n[^1]: x\n");

    [Fact]
    public void RandomText_NeverThrowsAndAnchorsAreIds()
    {
        var converter = MarkdownTestBed.Converter();
        var id = new Regex("^[a-z0-9]+(-[a-z0-9]+)*$");
        Gen.OneOf(MarkdownLike, Transcript).Sample(text =>
        {
            var body = converter.ParseTranscript(new MarkdownSource(text, "t.md"), new DiagnosticBag())!;
            foreach (var item in body.Items)
            {
                var anchor = item switch { TurnItem t => t.Anchor, HeadingItem h => h.Anchor, _ => "ok" };
                Assert.Matches(id, anchor);
            }
            converter.RenderPage(new MarkdownSource(text, "p.md"), new DiagnosticBag());
            converter.RenderField(new MarkdownSource(text, "f.yml"), new DiagnosticBag());
        }, iter: 2000);
    }

    [Fact]
    public void AnchorsInOneTranscript_AreUnique()
    {
        var converter = MarkdownTestBed.Converter();
        Gen.Select(Gen.Int[0, 3], Gen.Char['a', 'c'].Array[1, 3]).Array[1, 8].Sample(turns =>
        {
            var text = string.Join("\n\n", turns.Select(t => t.Item1 == 0 ? $"## {new string(t.Item2)}" : $"@s{t.Item1}: {new string(t.Item2)}"));
            var anchors = converter.ParseTranscript(new MarkdownSource(text, "t.md"), new DiagnosticBag())!.Items
                .Select(i => i switch { TurnItem t => t.Anchor, HeadingItem h => h.Anchor, _ => null })
                .OfType<string>()
                .ToList();
            Assert.Equal(anchors.Count, anchors.Distinct().Count());
        });
    }

    [Fact]
    public void ToPlainText_NeverThrowsAndHasNoTags()
    {
        MarkdownLike.Sample(text =>
        {
            var plain = MarkdownConverter.ToPlainText(text);
            Assert.DoesNotContain("  ", plain);
            Assert.Equal(plain.Trim(), plain);
        });
    }
}
