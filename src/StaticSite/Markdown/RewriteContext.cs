using StaticSite.Diagnostics;

namespace StaticSite.Markdown;

/// <summary>What a rewriter knows of the document it rewrites: its source text (to skip a walk when the text lacks the feature's syntax), where to report, and what kind of text it is.</summary>
internal readonly record struct RewriteContext(string Text, SourceMap Map, DiagnosticBag Diagnostics, DocumentKind Kind);
