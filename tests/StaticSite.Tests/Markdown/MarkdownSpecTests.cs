using StaticSite.Tests.Markdown.Specs;

namespace StaticSite.Tests.Markdown;

/// <summary>Every example of every spec file in Markdown/Specs: Markdown in, the expected output out (see <see cref="SpecExample"/>).</summary>
public class MarkdownSpecTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in Directory.GetFiles(SpecExample.Folder, "*.md").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var examples = SpecExample.Read(file);
            if (examples.Count == 0) throw new InvalidDataException($"{file} has no examples");
            foreach (var example in examples)
            {
                data.Add(file, example.Number);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ConvertsAsTheSpecSays(string file, int number)
    {
        var example = SpecExample.Read(file)[number - 1];

        var actual = SpecOutput.Of(example);

        Assert.True(example.Expected == actual,
            $"{file}({example.Line}): example {number}\n--- Markdown ---\n{example.Markdown}--- expected ---\n{example.Expected}--- actual ---\n{actual}");
    }
}
