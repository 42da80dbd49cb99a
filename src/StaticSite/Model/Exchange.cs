namespace StaticSite.Model;

/// <summary>An interviewer's turn and the answers up to the next one; tags on any turn file the whole exchange.</summary>
public sealed class Exchange(Transcript transcript, int index)
{
    public Transcript Transcript { get; } = transcript;

    public int Index { get; } = index;

    public List<Turn> Turns { get; } = [];

    public List<Topic> Topics { get; } = [];

    public string Url => Turns[0].Url;
}
