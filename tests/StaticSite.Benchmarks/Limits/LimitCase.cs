namespace StaticSite.Benchmarks.Limits;

/// <summary>One size limit of issue 21: a name for the command line, what it is, and how to write its input folder.</summary>
/// <param name="Write">Writes the publication into the given input folder; returns a line saying what it wrote.</param>
internal sealed record LimitCase(string Name, string Description, Func<string, string> Write);
