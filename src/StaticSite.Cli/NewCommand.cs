using System.CommandLine;

namespace StaticSite.Cli;

/// <summary>`staticsite new transcript|speaker|topic|term ID`: a valid skeleton for the editor to fill in, never overwriting.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Write a valid skeleton of a transcript, speaker, topic or glossary term into input/.");
        command.Subcommands.Add(Kind("transcript", "slug", "--title", "A transcript: input/transcripts/<slug>.md with front matter and two turns.",
            (scaffold, id, text) => scaffold.Transcript(id, text)));
        command.Subcommands.Add(Kind("speaker", "id", "--name", "A speaker in input/speakers.yml.", (scaffold, id, text) => scaffold.Speaker(id, text)));
        command.Subcommands.Add(Kind("topic", "id", "--title", "A topic in input/topics.yml.", (scaffold, id, text) => scaffold.Topic(id, text)));
        command.Subcommands.Add(Kind("term", "id", "--term", "A glossary term in input/glossary.yml.", (scaffold, id, text) => scaffold.Term(id, text)));
        return command;
    }

    private static Command Kind(string name, string idName, string textOption, string description, Func<Scaffold, string, string?, string> write)
    {
        var id = new Argument<string>(idName) { Description = "Lowercase letters, digits and hyphens, e.g. my-first-interview." };
        var text = new Option<string?>(textOption) { Description = "The display text (title, name or term); a placeholder otherwise." };
        var input = new Option<string>("--input") { Description = "Folder with the publication's content.", DefaultValueFactory = _ => "input" };
        var command = new Command(name, description) { id, text, input };
        command.SetAction(parsed =>
        {
            try
            {
                var path = write(new Scaffold(parsed.GetValue(input)!), parsed.GetValue(id)!, parsed.GetValue(text));
                Console.Out.WriteLine($"Wrote {path}. Fill it in, then build.");
                return 0;
            }
            catch (ScaffoldException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
