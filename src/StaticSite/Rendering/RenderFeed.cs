using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using StaticSite.Model;
using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>
/// /feed.xml: an Atom feed of the latest feed_size transcripts (site.yml), newest first. Its "updated" time is the newest
/// transcript's date, never the build time, so two builds of the same input are identical.
/// </summary>
public sealed class RenderFeed : IModule
{
    public const string Destination = "feed.xml";

    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var model = context.Model;
        var absolute = new AbsoluteUrls(model.Settings.BaseUrl);
        var feed = new SyndicationFeed(model.Settings.Title, model.Settings.Description, new Uri(absolute.Of(context.Urls().Home), UriKind.RelativeOrAbsolute))
        {
            Id = absolute.Of(context.Urls().Home),
            Language = model.Settings.Language,
            LastUpdatedTime = model.Transcripts.Count > 0 ? Midnight(model.Transcripts.Max(t => t.Header.Date)) : DateTimeOffset.UnixEpoch,
            Items = [.. model.Transcripts.Take(model.Settings.FeedSize).Select(t => Entry(t, model, absolute))],
        };
        if (model.Settings.Author is { } author) feed.Authors.Add(new SyndicationPerson { Name = author });
        feed.Links.Add(new SyndicationLink(new Uri(absolute.Of(context.Urls().File(Destination)), UriKind.RelativeOrAbsolute)) { RelationshipType = "self" });
        // Written into its file when the site is written: the feed of a large archive is megabytes.
        yield return Document.DeferredBytes("", Destination, output =>
        {
            var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), NewLineChars = "\n" };
            using (var writer = XmlWriter.Create(output, settings))
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            return true;
        });
    }

    private static SyndicationItem Entry(Transcript transcript, SiteModel model, AbsoluteUrls absolute)
    {
        var url = absolute.Of(transcript.Url);
        // The dek is a summary, not the content: Atom readers show <summary> as the entry's teaser.
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(transcript.Header.Title),
            Summary = new TextSyndicationContent(transcript.Header.Summary ?? model.Settings.Description),
            LastUpdatedTime = Midnight(transcript.Header.Date),
            PublishDate = Midnight(transcript.Header.Date),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url, UriKind.RelativeOrAbsolute)));
        item.Categories.Add(new SyndicationCategory(transcript.Kind.Id, null, transcript.Kind.Singular)); // what it is: term the kind's id, label its name
        foreach (var speaker in transcript.Header.Speakers.Where(s => model.Registries.Speakers.ContainsKey(s.Id)))
            item.Contributors.Add(new SyndicationPerson { Name = model.Registries.Speakers[speaker.Id].Name });
        return item;
    }

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
