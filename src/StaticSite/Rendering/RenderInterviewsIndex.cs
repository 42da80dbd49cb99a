using StaticSite.Pipeline;

namespace StaticSite.Rendering;

/// <summary>/transcripts/: every interview newest first, with its date, participants, topics and reading time.</summary>
public sealed class RenderInterviewsIndex : IModule
{
    public IEnumerable<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var views = context.Views();
        var model = context.Model;
        var page = views.Page("transcripts", "Interviews", $"Every interview in {model.Settings.Title}, newest first.", views.Urls.Transcripts);
        // The model keeps transcripts newest first (then by slug), which is this page's order.
        yield return PageDocument.Deferred(context, views, page, "transcripts", "", () => [("transcripts", model.Transcripts.Select(views.Summary).ToList())]);
    }
}
