using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace StaticSite.Rendering;

/// <summary>
/// Gives a parsed layout's literal text (the theme's markup between tags) its UTF-8 once, when the
/// layout is parsed: Fluid writes that text as a string on every page, and a page being written is
/// UTF-8 (<see cref="Utf8PageBuffer"/>), so the same markup was encoded again for every page (2% of
/// a large build). Partials get the same through <see cref="Cache"/>, where Fluid keeps what
/// include tags parse. The text is Fluid's own, after its whitespace trimming, so pages are unchanged.
/// </summary>
internal sealed class Utf8Literals(TemplateOptions options) : AstRewriter
{
    public IFluidTemplate Apply(IFluidTemplate template) => VisitTemplate(template);

    protected override Statement VisitTextSpanStatement(TextSpanStatement statement)
    {
        statement.PrepareBuffer(options);
        return new Utf8TextStatement(statement);
    }

    /// <summary>Literal text with its UTF-8; any writer but a page gets Fluid's own statement.</summary>
    private sealed class Utf8TextStatement(TextSpanStatement text) : Statement
    {
        private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text.Buffer ?? "");

        public override ValueTask<Completion> WriteToAsync(TextWriter writer, TextEncoder encoder, TemplateContext context)
        {
            if (writer is not Utf8PageBuffer page) return text.WriteToAsync(writer, encoder, context);
            context.IncrementSteps();
            page.WriteUtf8(_utf8);
            return Normal();
        }
    }

    // Fluid marks its template cache as an evaluation API (FLUID001). It is the one place partials pass
    // through after parsing; the package version is pinned, and Utf8LiteralsTests fail if it changes.
#pragma warning disable FLUID001
    /// <summary>Fluid's cache of the partials include tags parse, keeping each one rewritten.</summary>
    public sealed class Cache(Utf8Literals literals) : ITemplateCache
    {
        private readonly ConcurrentDictionary<string, (DateTimeOffset Modified, IFluidTemplate Template)> _templates = new(StringComparer.Ordinal);

        public bool TryGetTemplate(string path, DateTimeOffset lastModified, out IFluidTemplate template)
        {
            if (_templates.TryGetValue(path, out var cached) && cached.Modified == lastModified)
            {
                template = cached.Template;
                return true;
            }
            template = null!;
            return false;
        }

        public void SetTemplate(string path, DateTimeOffset lastModified, IFluidTemplate template) =>
            _templates[path] = (lastModified, literals.Apply(template));
    }
#pragma warning restore FLUID001
}
