using static StaticSite.Benchmarks.Corpus.Vocabulary;

namespace StaticSite.Benchmarks.Corpus;

/// <summary>
/// Spoken-sounding sentences from the word lists. About one noun phrase in fourteen is a glossary
/// form (so the glossary linker has work), and a few of those are explicit wiki links.
/// </summary>
internal sealed class Sentences(Random random, IReadOnlyList<CorpusTerm> glossary)
{
    private readonly (string Form, string Id)[] _forms = [.. glossary.SelectMany(t => t.Forms.Select(f => (f, t.Id)))];

    public string Statement()
    {
        var sentence = random.Next(7) switch
        {
            0 => $"{Subject()} {Verb()} {Phrase()} {When()}",
            1 => $"{Subject()} {random.Pick(Adverbs)} {Verb()} {Phrase()} {random.Pick(Prepositions)} {Phrase()}",
            2 => $"it was {Adjective()}, because {Subject()} {Verb()} {Phrase()}",
            3 => $"there was {WithArticle(Adjective())} {random.Pick(Nouns)} {random.Pick(Prepositions)} {Phrase()}",
            4 => $"{Subject()} used to say that {Phrase()} was {Adjective()}",
            5 => $"{Subject()} {Verb()} {Phrase()}, and {Subject()} {Verb()} {Phrase()}",
            _ => $"nobody {Verb()} {Phrase()} {When()}, not even {Subject()}",
        };
        if (random.Chance(0.35)) sentence = random.Pick(Openers) + " " + sentence;
        if (random.Chance(0.05)) sentence = Emphasize(sentence);
        sentence = Capitalize(sentence) + ".";
        if (random.Chance(0.04)) sentence += " " + random.Pick(Insertions);
        return sentence;
    }

    public string Question(string topic)
    {
        var subject = topic.Replace('-', ' ');
        return random.Next(5) switch
        {
            0 => $"Can you tell me more about {Phrase()} and {subject} {When()}?",
            1 => $"What do you remember about {Phrase()}?",
            2 => $"How did {subject} change after {Phrase()} {Verb()} {Phrase()}?",
            3 => $"Who {Verb()} {Phrase()} in your family?",
            _ => $"Why do you think {Phrase()} mattered so much for {subject}?",
        };
    }

    /// <summary>About <paramref name="words"/> words of sentences; a question closes them when <paramref name="askingAbout"/> is set.</summary>
    public List<string> Run(int words, string? askingAbout)
    {
        var sentences = new List<string>();
        if (askingAbout is not null) sentences.Add(random.Pick(Acknowledgements));
        var target = askingAbout is null ? words : words - 12;
        for (var count = 0; count < target;)
        {
            var sentence = Statement();
            sentences.Add(sentence);
            count += sentence.Count(c => c == ' ') + 1;
        }
        if (askingAbout is not null) sentences.Add(Question(askingAbout));
        return sentences;
    }

    public static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    public static string WithArticle(string word) => ("aeiou".Contains(word[0]) ? "an " : "a ") + word;

    private string Phrase() => "the " + Noun();

    private string Noun()
    {
        if (random.Chance(0.07))
        {
            var (form, id) = random.Pick(_forms);
            if (!random.Chance(0.08)) return form;
            return random.Chance(0.5) ? $"[[{id}]]" : $"[[{form}|{id}]]";
        }
        var noun = random.Pick(Nouns);
        return random.Chance(0.4) ? Adjective() + " " + noun : noun;
    }

    private string Subject() => random.Pick(Subjects);

    private string Verb() => random.Pick(Verbs);

    private string Adjective() => random.Pick(Adjectives);

    private string When() => random.Pick(Times);

    // One longer plain word in *emphasis*, as transcribers mark stress.
    private string Emphasize(string sentence)
    {
        var words = sentence.Split(' ');
        var at = random.Next(words.Length);
        if (words[at].Length > 4 && words[at].All(char.IsAsciiLetter)) words[at] = "*" + words[at] + "*";
        return string.Join(' ', words);
    }
}
