namespace StaticSite.Benchmarks.Corpus;

/// <summary>The fixed word lists the corpus is drawn from: oral-history talk about work, home and town.</summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames = Words("""
        ada agnes alma amir ana arturo basil beatriz ben bertha carl carmen chen clara cora dale
        dolores earl edith elena emil esther felix flora frank grace hank hazel hiro ida ines
        irene ivan jack joan jorge josefa june karl kate lena leon lila louis lucia mabel manuel
        maria marta mary milo nadia nell oscar otto pablo pearl raj rosa ruth sam sara silas
        sofia stan tomas vera walt wanda yusuf zora
        """);

    public static readonly string[] LastNames = Words("""
        abbott acosta baker becker brennan castillo chavez cohen cruz delgado dietz duarte ellis
        endo farrell fischer flores garza gomez greene haas hughes ibarra ito jansen kaplan kelly
        kowalski lam larsen lopez mazur meyer moreno nakamura novak nguyen obrien okafor olsen
        ortiz park patel pierce quinn ramos reyes rossi ruiz santos schmidt shapiro silva stein
        sullivan tanaka torres vargas vogel walsh weber wilson yates young zielinski
        """);

    public static readonly string[] Topics = Words("""
        housing labor migration family education religion health food music sports politics
        military-service farming factory-work small-business language childhood marriage
        neighborhood-change transportation weather disaster civil-rights unions women-at-work
        holidays crime policing media technology retirement grief youth arts craft fishing mining
        railroads elections community-organizing
        """);

    public static readonly string[] Nouns = Words("""
        family mother father brother sister neighbor school teacher church market factory shift
        foreman wage rent landlord apartment kitchen street corner bus train station harbor river
        bridge farm field harvest winter summer storm flood clinic nurse doctor hospital newspaper
        radio letter photograph job office manager meeting council mayor election store bakery
        restaurant dance song festival parade uncle aunt cousin grandmother grandfather daughter
        son friend town city village county border road truck car mill mine warehouse dock ship
        garden yard house porch roof window door table story language accent paycheck contract
        lease permit loan bank debt lunch dinner recipe bread coffee choir league team coach game
        library book uniform machine tool engine fire noise morning evening weekend holiday year
        decade generation community block building hallway suitcase ticket wedding funeral baby
        """);

    public static readonly string[] Verbs = Words("""
        remembered worked moved lost found started left kept carried built opened closed joined
        organized paid owed borrowed saved cooked walked drove watched heard told asked learned
        taught fixed cleaned sold bought rented shared visited missed wrote read signed fought
        changed stayed helped called answered planned followed avoided trusted noticed painted
        repaired counted packed delivered
        """);

    public static readonly string[] Adjectives = Words("""
        old new small big long short cold warm quiet loud busy empty crowded narrow wide early
        late hard easy strange familiar local public private cheap expensive steady difficult
        simple whole different first last young proud tired careful honest broken clean dusty
        bright dark heavy little good bad real
        """);

    public static readonly string[] Adverbs = Words("always never often sometimes finally suddenly slowly quickly really almost still usually mostly barely");

    public static readonly string[] Subjects =
    [
        "I", "we", "they", "he", "she", "everybody", "nobody", "my mother", "my father", "the foreman",
        "our neighbor", "my brother", "my aunt", "the landlord", "the teacher", "my grandmother",
    ];

    public static readonly string[] Prepositions = Words("in on near behind across past beside under outside inside by");

    public static readonly string[] Times =
    [
        "in those days", "after the war", "that first winter", "every Sunday", "by the end of the decade",
        "before the plant closed", "the next spring", "when I was about twelve", "during the strike",
        "after the flood", "every single morning", "later that year", "for a long time",
    ];

    public static readonly string[] Openers = ["Well,", "You know,", "I mean,", "So", "And", "But", "Honestly,", "At the time,", "Looking back,", "Of course,", "Now,"];

    /// <summary>Transcriber's notes: square brackets that are not links, so the build marks them as editorial insertions.</summary>
    public static readonly string[] Insertions = ["[laughs]", "[pause]", "[inaudible]", "[crosstalk]", "[sighs]"];

    public static readonly string[] Acknowledgements = ["That's interesting.", "I see.", "Right.", "Let's go back a little.", "Thank you for that.", "That makes sense.", "Okay."];

    private static string[] Words(string text) => text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
