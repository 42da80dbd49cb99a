namespace StaticSite.Benchmarks.Corpus;

/// <summary>A speaker of the corpus: an id for speakers.yml and labels, and a display name.</summary>
internal sealed record Person(string Id, string Name)
{
    /// <summary><paramref name="count"/> distinct people in a seeded order; ids get a number once the name pairs run out.</summary>
    public static List<Person> Draw(Random random, int count)
    {
        var pairs = Vocabulary.FirstNames.SelectMany(f => Vocabulary.LastNames.Select(l => (First: f, Last: l))).ToArray();
        random.Shuffle(pairs);
        var people = new List<Person>(count);
        for (var i = 0; i < count; i++)
        {
            var (first, last) = pairs[i % pairs.Length];
            var round = i / pairs.Length;
            var id = first + "-" + last + (round == 0 ? "" : "-" + (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var name = Sentences.Capitalize(first) + " " + (last == "obrien" ? "O'Brien" : Sentences.Capitalize(last));
            people.Add(new Person(id, name));
        }
        return people;
    }
}
