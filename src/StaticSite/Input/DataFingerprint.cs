using StaticSite.Pipeline;

namespace StaticSite.Input;

/// <summary>What every transcript's parse depends on besides its own text: the data files (glossary forms and definitions, raw_html) and the base path.</summary>
public sealed record DataFingerprint(ulong Value)
{
    public static DataFingerprint Of(BuildContext context) => new(ParseCache.Fingerprint(
        context.Results(PipelineNames.Data).Select(d => d.Source + "\n" + d.Content)
            .Append(context.Urls().BasePath)
            .Append(context.Options.Strict ? "strict" : "")));
}
