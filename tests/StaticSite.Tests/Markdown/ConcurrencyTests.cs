using StaticSite.Diagnostics;
using StaticSite.Markdown;

namespace StaticSite.Tests.Markdown;

public class ConcurrencyTests
{
    [Fact]
    public void OneConverterUsedFromManyThreads_GivesTheSameResultAsSequential()
    {
        var converter = MarkdownTestBed.Converter();
        var texts = Enumerable.Range(0, 40)
            .Select(i => $"Intro {i} on the API.[^n]\n\n@time #t{i}: Question {i} about open source [it]?\n\n@arthur-mensch: ==Answer {i}== [[api]].\n\n[^n]: Note {i}.")
            .ToList();
        string Convert(string text) => string.Join("\n", converter
            .ParseTranscript(new MarkdownSource(text, "t.md"), new DiagnosticBag())!.Items
            .Select(i => i switch { TurnItem t => t.Anchor + t.Html, EditorialItem e => e.Html, _ => "" }));

        var sequential = texts.Select(Convert).ToList();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(8).Select(Convert).ToList();

        Assert.Equal(sequential, parallel);
    }
}
