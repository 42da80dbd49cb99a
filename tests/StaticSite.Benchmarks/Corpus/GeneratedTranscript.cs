namespace StaticSite.Benchmarks.Corpus;

/// <summary>One transcript file and what the data files must declare for it.</summary>
internal sealed record GeneratedTranscript(string Slug, string Text, IReadOnlyList<Person> Speakers, IReadOnlyList<string> Topics, int Words);
