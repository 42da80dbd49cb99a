namespace StaticSite.Diagnostics;

/// <summary>
/// Stable codes, documented for editors in docs/diagnostics.md. 00xx: files and data;
/// 01xx: transcript content and references; 02xx: links in the output; 03xx: themes and output.
/// </summary>
public static class DiagnosticCodes
{
    public const string NotUtf8 = "SSG0001";
    public const string MalformedYaml = "SSG0002";
    public const string MissingField = "SSG0003";
    public const string UnknownField = "SSG0004";
    public const string WrongValueType = "SSG0005";
    public const string InvalidId = "SSG0006";
    public const string DuplicateId = "SSG0007";
    public const string InvalidDate = "SSG0008";
    public const string MissingFile = "SSG0009";
    public const string InvalidUrl = "SSG0010";
    public const string MissingFrontMatter = "SSG0011";
    public const string UnreadableInput = "SSG0012";
    public const string PlaceholderLeft = "SSG0013";
    public const string LinkOutsidePublication = "SSG0014";
    public const string TooDeeplyNested = "SSG0015";
    public const string UnfollowableLink = "SSG0016";

    public const string SpeakerNotDeclared = "SSG0101";
    public const string UnknownSpeaker = "SSG0102";
    public const string UnknownTopic = "SSG0103";
    public const string UnknownTerm = "SSG0104";
    public const string UnknownSeeAlso = "SSG0105";
    public const string UnknownRelatedTopic = "SSG0106";
    public const string DuplicateAnchor = "SSG0107";
    public const string MissingFootnote = "SSG0108";
    public const string RawHtmlDropped = "SSG0109";
    public const string NoTurns = "SSG0110";
    public const string InvalidRole = "SSG0111";
    public const string UnusedFootnote = "SSG0112";
    public const string UnsafeLink = "SSG0113";
    public const string MalformedTime = "SSG0130";
    public const string TimeGoesBackwards = "SSG0131";
    public const string TimePastDuration = "SSG0132";
    public const string MediaWithoutTimes = "SSG0133";
    public const string MediaNotFound = "SSG0134";
    public const string InvalidMedia = "SSG0135";
    public const string UnusedTerm = "SSG0120";
    public const string UnusedTopic = "SSG0121";
    public const string SilentSpeaker = "SSG0122";
    public const string UnknownKind = "SSG0140";
    public const string ModeratorTopic = "SSG0141";

    /// <summary>site.yml's feed_size is not a whole number of at least 1.</summary>
    public const string InvalidFeedSize = "SSG0155";

    /// <summary>site.yml's home_size is not a whole number of at least 1.</summary>
    public const string InvalidHomeSize = "SSG0156";

    public const string BrokenLink = "SSG0201";
    public const string BrokenAnchor = "SSG0202";

    public const string TemplateError = "SSG0301";
    public const string MissingLayout = "SSG0302";
    public const string OutputRefused = "SSG0303";
    public const string DuplicateDestination = "SSG0304";
    public const string OutputNotWritable = "SSG0305";

    /// <summary>A bug in StaticSite, shown by the preview over the page (it keeps serving the last good build).</summary>
    public const string InternalError = "SSG9999";
}
