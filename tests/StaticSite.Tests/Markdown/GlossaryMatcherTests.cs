using CsCheck;
using StaticSite.Markdown;
using StaticSite.Markdown.Glossary;

namespace StaticSite.Tests.Markdown;

public class GlossaryMatcherTests
{
    private static readonly GlossaryMatcher Matcher = new(MarkdownTestBed.Glossary);

    private static List<(string Text, string Id)> Find(string text) =>
        [.. Matcher.Find(text).Select(m => (text.Substring(m.Start, m.Length), m.Term.Id))];

    [Theory]
    [InlineData("RAPID growth")]
    [InlineData("APIary")]
    [InlineData("the API2 spec")]
    public void PartOfAWord_DoesNotMatch(string text) => Assert.Empty(Find(text));

    [Fact]
    public void WholeWordWithPunctuation_Matches() =>
        Assert.Equal([("API", "api")], Find("(API)"));

    [Fact]
    public void CapitalisedForm_IsCaseSensitive()
    {
        Assert.Empty(Find("an api call"));
        Assert.Empty(Find("Api"));
    }

    [Fact]
    public void LowercaseForm_MatchesAsWrittenOrWithFirstLetterCapitalised()
    {
        Assert.Equal([("open source", "open-source")], Find("pure open source code"));
        Assert.Equal([("Open source", "open-source")], Find("Open source wins"));
        Assert.Empty(Find("OPEN SOURCE"));
        Assert.Empty(Find("Open Source"));
    }

    [Fact]
    public void OverlappingForms_LongestWins() =>
        Assert.Equal([("EU AI Act", "eu-ai-act"), ("AI", "ai")], Find("the EU AI Act and AI"));

    [Fact]
    public void Aliases_MatchTheirTerm() =>
        Assert.Equal([("APIs", "api"), ("application programming interface", "api")], Find("APIs, an application programming interface"));

    // A glossary large enough that nodes fan out into the trie's ASCII tables (five children or more),
    // with forms that share prefixes, capitals, spaces, digits and non-ASCII letters.
    private static readonly string[] _syllables = ["a", "an", "ar", "b", "be", "c", "ca", "é", "ét", "d", "e", "2", " ", "A", "B", "É"];

    [Fact]
    public void AnyGlossaryAndText_MatchLikeTheRulesSay()
    {
        var word = Gen.Int[0, _syllables.Length - 1].Select(i => _syllables[i]).Array[1, 4].Select(string.Concat);
        var glossary = word.Array[1, 40].Select(forms => (IReadOnlyList<GlossaryForms>)[.. forms.Select((form, i) => new GlossaryForms($"t{i}", [form], "", ""))]);
        var text = Gen.OneOf(word, Gen.Const(" "), Gen.Const(", "), Gen.Const("-")).Array[0, 30].Select(string.Concat);
        Gen.Select(glossary, text).Sample((terms, sample) =>
        {
            var expected = Naive(terms, sample);
            var actual = new GlossaryMatcher(terms).Find(sample).Select(m => (m.Start, m.Length, m.Term.Id)).ToList();
            Assert.Equal(expected, actual);
        });
    }

    // The rules of FORMAT.md read directly: at each word start, left to right, the longest form (or
    // lowercase form with its first letter capitalised) that ends at a word end; the first term to claim a form keeps it.
    private static List<(int Start, int Length, string Id)> Naive(IReadOnlyList<GlossaryForms> terms, string text)
    {
        var forms = new List<(string Form, string Id)>();
        foreach (var term in terms)
        {
            foreach (var form in term.Forms.Select(f => f.Trim()).Where(f => f.Length > 0))
            {
                forms.Add((form, term.Id));
                if (!form.Any(char.IsUpper) && char.IsLower(form[0])) forms.Add((char.ToUpperInvariant(form[0]) + form[1..], term.Id));
            }
        }
        var matches = new List<(int, int, string)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            var best = forms.Where(f => string.CompareOrdinal(text, i, f.Form, 0, f.Form.Length) == 0 && f.Form.Length <= text.Length - i
                    && (i + f.Form.Length == text.Length || !char.IsLetterOrDigit(text[i + f.Form.Length])))
                .OrderByDescending(f => f.Form.Length).Select(f => (f.Form, Id: forms.First(g => g.Form == f.Form).Id)).FirstOrDefault();
            if (best.Form is null) continue;
            matches.Add((i, best.Form.Length, best.Id));
            i += best.Form.Length - 1;
        }
        return matches;
    }
}
