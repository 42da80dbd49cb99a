using System.Collections.Immutable;

namespace StaticSite.Pipeline;

/// <summary>
/// The unit that flows through modules: where it came from, where it goes, typed metadata and
/// content. Immutable: a module that changes a document returns a new one.
/// </summary>
/// <param name="Source">Input path relative to the working folder with '/', or empty for generated documents.</param>
/// <param name="Destination">Output path relative to the output folder with '/', or empty if nothing is written.</param>
/// <param name="Content">Text content; binary assets leave it empty and carry their file in metadata.</param>
public sealed record Document(
    string Source,
    string Destination,
    ImmutableDictionary<string, object> Metadata,
    string Content)
{
    public static Document Create(string source, string destination, string content = "") =>
        new(source, destination, ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal), content);

    /// <summary>
    /// A page whose content is made only when the Output phase asks for it, written straight into
    /// that phase's buffer and let go: a large site never has all its pages in memory at once.
    /// </summary>
    /// <param name="write">Writes the content; false when rendering failed (and was reported).</param>
    public static Document Deferred(string source, string destination, Func<TextWriter, bool> write) =>
        Create(source, destination) with { Writer = write };

    public Func<TextWriter, bool>? Writer { get; init; }

    /// <summary>A large non-HTML file written as bytes straight into its file (or into nothing, when checking).</summary>
    /// <param name="write">Writes the content; false when it failed (and was reported).</param>
    public static Document DeferredBytes(string source, string destination, Func<Stream, bool> write) =>
        Create(source, destination) with { ByteWriter = write };

    public Func<Stream, bool>? ByteWriter { get; init; }

    /// <summary>The content as a string, rendering it now if it was deferred; null when rendering failed.</summary>
    public string? ReadContent()
    {
        if (ByteWriter is not null)
        {
            using var bytes = new MemoryStream();
            return ByteWriter(bytes) ? System.Text.Encoding.UTF8.GetString(bytes.ToArray()) : null;
        }
        if (Writer is null) return Content;
        var text = new StringWriter();
        return Writer(text) ? text.ToString() : null;
    }

    public T Get<T>(string key) where T : class =>
        Metadata.TryGetValue(key, out var value) && value is T typed
            ? typed
            : throw new InvalidOperationException($"document '{Source}{Destination}' has no metadata '{key}' of type {typeof(T).Name}");

    public T? Find<T>(string key) where T : class => Metadata.TryGetValue(key, out var value) ? value as T : null;

    public Document With(string key, object value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document WithContent(string content) => this with { Content = content };

    public Document WithDestination(string destination) => this with { Destination = destination };
}
