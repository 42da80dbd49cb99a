namespace StaticSite.Model;

/// <summary>A role a speaker may have in a transcript's `speakers:`, with its labels ("reporter", "reporters").</summary>
public sealed record SpeakerRole(string Name, SpeakerPart Part, string Singular, string Plural);
