namespace StaticSite.Benchmarks.Corpus;

/// <summary>
/// The 80 glossary terms, in eight families. Every form is lowercase and claimed by one term only,
/// so the corpus builds without SSG warnings about shared forms.
/// </summary>
internal static class GlossarySeed
{
    private sealed record Family(string Kind, string Topic, string[] Entries);

    // "term|alias|alias": the first form is the entry's title.
    private static readonly Family[] _families =
    [
        new("workplace practice", "labor",
        [
            "piecework|piece rate", "night shift|graveyard shift", "picket line", "union card", "company store|commissary",
            "time clock", "day labor", "overtime pay", "shop steward", "sweatshop", "section gang", "lumber camp",
            "cannery", "cotton gin", "hiring hall",
        ]),
        new("housing arrangement", "housing",
        [
            "boarding house", "tenement", "rent party", "cold-water flat", "row house", "rooming house|flophouse",
            "eviction notice", "rent strike", "fire escape", "coal furnace",
        ]),
        new("community institution", "community-organizing",
        [
            "mutual aid society|aid society", "credit union", "soup kitchen", "bread line", "social club", "settlement house",
            "union hall", "dance hall", "storefront church", "revival meeting|tent revival", "county fair", "block party",
            "quilting bee", "block association",
        ]),
        new("document or paper", "migration",
        [
            "green card", "ration book|ration stamps", "steamship ticket", "naturalization papers|citizenship papers",
            "work visa", "money order", "remittance", "sponsor letter", "birth certificate",
        ]),
        new("household object", "family",
        [
            "icebox", "root cellar", "party line", "wood stove", "washboard", "victory garden", "sewing machine",
            "streetcar|trolley", "jitney", "sunday dinner",
        ]),
        new("farming practice", "farming",
        [
            "sharecropping|sharecropper", "tenant farming", "crop lien", "feed store", "grain elevator", "dust storm",
            "irrigation ditch", "hay baling", "threshing crew",
        ]),
        new("kind of schooling", "education",
        [
            "night school", "one-room schoolhouse", "truant officer", "trade school", "sunday school", "school lunch program",
        ]),
        new("health practice", "health",
        [
            "midwife", "sanatorium", "home remedy", "polio ward", "visiting nurse", "county hospital", "patent medicine",
        ]),
    ];

    /// <summary>The terms in a fixed order, with definitions drawn from <paramref name="random"/>.</summary>
    public static IReadOnlyList<CorpusTerm> Terms(Random random)
    {
        var terms = new List<CorpusTerm>();
        foreach (var family in _families)
        {
            var ids = family.Entries.Select(e => Ids.Slug(e.Split('|')[0])).ToArray();
            for (var i = 0; i < family.Entries.Length; i++)
            {
                var forms = family.Entries[i].Split('|');
                var (a, b) = (random.Pick(Vocabulary.Nouns), random.Pick(Vocabulary.Nouns));
                var definition = $"{Sentences.Capitalize(Sentences.WithArticle(random.Pick(Vocabulary.Adjectives)))} {family.Kind} that narrators "
                    + $"connect with the {a} and the {b}; it comes up most in talk about {family.Topic.Replace('-', ' ')}, usually {random.Pick(Vocabulary.Times)}.";
                // The next entry of the family, so see_also links form a ring inside each family.
                string[] seeAlso = random.NextDouble() < 0.5 ? [ids[(i + 1) % ids.Length]] : [];
                terms.Add(new CorpusTerm(ids[i], forms[0], forms[1..], definition, seeAlso));
            }
        }
        return terms;
    }
}
