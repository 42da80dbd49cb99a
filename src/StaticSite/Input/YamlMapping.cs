using System.Globalization;
using StaticSite.Diagnostics;
using StaticSite.Markdown;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticSite.Input;

/// <summary>
/// A YAML mapping read with positions: typed accessors that report a missing field, a wrong
/// type or an invalid id at the node's file(line,col) instead of throwing.
/// </summary>
public sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _lineOffset;

    internal YamlMapping(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        Path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public string Path { get; }

    public SourceLocation Location => At(_node);

    public SourceLocation At(YamlNode node) => new(Path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceLocation KeyLocation(string key) => Find(key) is { } entry ? At(entry.Key) : Location;

    /// <summary>Where a field's value starts (the id in "id: gust"), for diagnostics about the value itself.</summary>
    public SourceLocation ValueLocation(string key) => Find(key) is { } entry ? At(entry.Value) : Location;

    /// <summary>Every entry whose value is itself a mapping (registries: id → entry); others are reported.</summary>
    public IEnumerable<(string Key, SourceLocation KeyLocation, YamlMapping Value)> Entries()
    {
        foreach (var (key, value) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (value is YamlMappingNode mapping)
            {
                yield return (name, At(key), new YamlMapping(mapping, Path, _lineOffset, _diagnostics));
            }
            else
            {
                _diagnostics.Error(At(value), DiagnosticCodes.WrongValueType,
                    $"'{name}' must be a mapping of fields (indented 'field: value' lines)");
            }
        }
    }

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key, bool required = false)
    {
        var entry = Find(key);
        if (entry is null || IsNull(entry.Value.Value))
        {
            if (required) _diagnostics.Error(entry is null ? Location : At(entry.Value.Key), DiagnosticCodes.MissingField, $"missing required field '{key}'");
            return null;
        }
        if (entry.Value.Value is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim() ?? "";
            if (value.Length == 0 && required) _diagnostics.Error(At(scalar), DiagnosticCodes.MissingField, $"required field '{key}' is empty");
            return value.Length == 0 ? null : value;
        }
        _diagnostics.Error(At(entry.Value.Value), DiagnosticCodes.WrongValueType, $"'{key}' must be a single value, not a list or mapping");
        return null;
    }

    /// <summary>A Markdown field, with where its text starts so that Markdown diagnostics land on the right line.</summary>
    public MarkdownSource? Markdown(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        var node = Find(key)!.Value.Value;
        var location = At(node);
        var isBlock = node is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded };
        return new MarkdownSource(text, Path, location.Line + (isBlock ? 1 : 0), isBlock ? 1 : location.Column);
    }

    public bool Boolean(string key, bool fallback)
    {
        var text = String(key);
        if (text is null) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        _diagnostics.Error(At(Find(key)!.Value.Value), DiagnosticCodes.WrongValueType, $"'{key}' must be true or false, not '{text}'");
        return fallback;
    }

    /// <param name="code">The diagnostic for a bad value (WrongValueType unless the key has its own), and <paramref name="meaning"/> what the number does, for its message.</param>
    public int Integer(string key, int fallback, int minimum, string code = DiagnosticCodes.WrongValueType, string? meaning = null)
    {
        var text = String(key);
        if (text is null) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum) return value;
        var suggestion = meaning is null ? "" : $"; {meaning} (default {fallback.ToString(CultureInfo.InvariantCulture)})";
        _diagnostics.Error(At(Find(key)!.Value.Value), code, $"'{key}' must be a whole number of at least {minimum}, not '{text}'{suggestion}");
        return fallback;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        _diagnostics.Error(At(Find(key)!.Value.Value), DiagnosticCodes.InvalidDate,
            $"invalid date '{text}' for '{key}': write it as YYYY-MM-DD, e.g. 2024-11-07");
        return null;
    }

    /// <summary>A list of strings; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, SourceLocation Location)> List(string key)
    {
        var entry = Find(key);
        if (entry is null) return [];
        switch (entry.Value.Value)
        {
            case YamlSequenceNode sequence:
                var items = new List<(string, SourceLocation)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value }) items.Add((value.Trim(), At(item)));
                    else _diagnostics.Error(At(item), DiagnosticCodes.WrongValueType, $"each item of '{key}' must be a single value");
                }
                return items;
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [(single.Trim(), At(entry.Value.Value))];
            case YamlScalarNode:
                return [];
            default:
                _diagnostics.Error(At(entry.Value.Value), DiagnosticCodes.WrongValueType, $"'{key}' must be a list, e.g. [a, b]");
                return [];
        }
    }

    /// <summary>A list of ids; invalid ones are reported and left out.</summary>
    public IReadOnlyList<IdReference> IdList(string key)
    {
        var ids = new List<IdReference>();
        foreach (var (value, location) in List(key))
        {
            if (IdRules.IsValid(value)) ids.Add(new IdReference(value, location));
            else _diagnostics.Error(location, DiagnosticCodes.InvalidId, IdRules.Explain(value));
        }
        return ids;
    }

    /// <summary>A list whose items are mappings (front matter speakers: [{ id: x, role: y }]).</summary>
    public IReadOnlyList<YamlMapping> MappingList(string key, bool required = false)
    {
        var entry = Find(key);
        if (entry is null || entry.Value.Value is YamlScalarNode)
        {
            if (required) _diagnostics.Error(entry is null ? Location : At(entry.Value.Key), DiagnosticCodes.MissingField, $"missing required field '{key}'");
            return [];
        }
        if (entry.Value.Value is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(At(entry.Value.Value), DiagnosticCodes.WrongValueType, $"'{key}' must be a list");
            return [];
        }
        var result = new List<YamlMapping>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping) result.Add(new YamlMapping(mapping, Path, _lineOffset, _diagnostics));
            else if (item is YamlScalarNode { Value: { Length: > 0 } id })
            {
                // "- arthur-mensch" is shorthand for "- { id: arthur-mensch }".
                var shorthand = new YamlMappingNode { { new YamlScalarNode("id"), item } };
                result.Add(new YamlMapping(shorthand, Path, _lineOffset, _diagnostics));
            }
            else _diagnostics.Error(At(item), DiagnosticCodes.WrongValueType, $"each item of '{key}' must be a mapping such as {{ id: x }}");
        }
        return result;
    }

    /// <summary>A nested mapping (front matter source: { name, url }); a plain value becomes { name: value }.</summary>
    public YamlMapping? Mapping(string key, string scalarMeans)
    {
        var entry = Find(key);
        if (entry is null) return null;
        return entry.Value.Value switch
        {
            YamlMappingNode mapping => new YamlMapping(mapping, Path, _lineOffset, _diagnostics),
            YamlScalarNode { Value: { Length: > 0 } } scalar =>
                new YamlMapping(new YamlMappingNode { { new YamlScalarNode(scalarMeans), scalar } }, Path, _lineOffset, _diagnostics),
            _ => null,
        };
    }

    /// <summary>Warns about fields this mapping should not have (typos such as 'titel'), with a suggestion.</summary>
    public void WarnUnknownFields(params string[] known)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(known, name) >= 0) continue;
            _diagnostics.Warning(At(key), DiagnosticCodes.UnknownField,
                $"unknown field '{name}'{Suggestions.DidYouMean(name, known)}");
        }
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && name == key) return pair;
        }
        return null;
    }

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null" };
}
