using StaticSite.Model;

namespace StaticSite.Rendering;

/// <summary>
/// Splits a topic's or term's list by interview. The model's lists follow its transcripts, newest
/// first, so one interview's items are consecutive and a page's slice splits into runs.
/// </summary>
public static class InterviewGroups
{
    /// <summary>How many of <paramref name="all"/> each interview has: counted once per list, not once per page.</summary>
    public static IReadOnlyDictionary<Transcript, int> Counts<T>(IReadOnlyList<T> all, Func<T, Transcript> transcriptOf)
    {
        var counts = new Dictionary<Transcript, int>(ReferenceEqualityComparer.Instance);
        foreach (var item in all)
        {
            var transcript = transcriptOf(item);
            counts[transcript] = counts.GetValueOrDefault(transcript) + 1;
        }
        return counts;
    }

    /// <summary>The slice's runs of one interview each, in order, each made into a group view.</summary>
    public static List<TGroup> Of<T, TGroup>(IReadOnlyList<T> slice, Func<T, Transcript> transcriptOf, Func<Transcript, List<T>, TGroup> group)
    {
        var groups = new List<TGroup>();
        var run = new List<T>();
        Transcript? current = null;
        foreach (var item in slice)
        {
            var transcript = transcriptOf(item);
            if (current is not null && !ReferenceEquals(transcript, current))
            {
                groups.Add(group(current, run));
                run = [];
            }
            current = transcript;
            run.Add(item);
        }
        if (current is not null) groups.Add(group(current, run));
        return groups;
    }
}
