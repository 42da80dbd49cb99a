namespace StaticSite.Browser.Tests.Support;

/// <summary>One browser for all browser tests (starting Chromium is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
