namespace StaticSite.Benchmarks.WholeBuild;

/// <summary>One timed build: what <see cref="BuildCorpusCommand"/> prints per run and takes medians of.</summary>
internal sealed record BuildRun(
    TimeSpan Wall,
    int Pages,
    IReadOnlyList<(string Phase, TimeSpan Time)> Phases,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    long PeakWorkingSet);
