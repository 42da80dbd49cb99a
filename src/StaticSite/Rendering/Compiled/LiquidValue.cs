using System.Collections;
using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;

namespace StaticSite.Rendering.Compiled;

/// <summary>
/// Liquid's meaning of the values a compiled layout handles. A compiled layout keeps what view
/// members return as they are (a string, a bool, a list, a view) instead of wrapping each in a
/// FluidValue as Fluid does on every read; a FluidValue can appear too (a filter's result, a view
/// member that returns HTML). The rule that keeps the output Fluid's: a raw value means exactly
/// <c>FluidValue.Create(value)</c>, so every operation either is what Fluid's value would do,
/// written out for the common cases, or wraps the value and asks Fluid.
/// </summary>
internal sealed class LiquidValue(TemplateOptions options)
{
    private static readonly object[] _smallNumbers = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    private readonly ConcurrentDictionary<Type, ValueKind> _kinds = new();

    /// <summary>What Fluid makes of a value of a type: a view (read member by member), a list, or anything else.</summary>
    public enum ValueKind
    {
        View,
        List,
        Other,
    }

    public TemplateOptions Options => options;

    public FluidValue ToFluid(object? value) => value switch
    {
        null => NilValue.Instance,
        FluidValue fluid => fluid,
        bool flag => BooleanValue.Create(flag),
        _ => FluidValue.Create(value, options),
    };

    public ValueKind KindOf(object value) => _kinds.GetOrAdd(value.GetType(), static (_, state) =>
        FluidValue.Create(state.Value, state.Options) switch
        {
            ObjectValue => ValueKind.View,
            ArrayValue when state.Value is IList => ValueKind.List,
            _ => ValueKind.Other,
        }, (Value: value, Options: options));

    public static bool IsNil(object? value) => value is null || (value is FluidValue fluid && fluid.IsNil());

    /// <summary>A number as a value, boxed once for the counts loops make.</summary>
    public static object Number(int value) => (uint)value < (uint)_smallNumbers.Length ? _smallNumbers[value] : value;

    public bool IsTrue(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string => true, // StringValue is true, even empty
        FluidValue fluid => fluid.ToBooleanValue(),
        _ => KindOf(value) != ValueKind.Other || ToFluid(value).ToBooleanValue(), // ObjectValue and ArrayValue are true
    };

    /// <summary>Fluid's <c>left == right</c> and <c>when</c>: the left value's Equals.</summary>
    public bool AreEqual(object? left, object? right)
    {
        if (left is string text)
        {
            if (right is string other) return string.Equals(text, other, StringComparison.Ordinal);
            if (right is BlankValue) return string.IsNullOrWhiteSpace(text);
        }
        return ToFluid(left).Equals(ToFluid(right));
    }

    /// <summary>Fluid's <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>: numbers as numbers, strings in ordinal order, anything else false.</summary>
    public bool Compare(object? left, object? right, bool greater, bool strict)
    {
        if (IsNil(left) || IsNil(right)) return !strict && IsNil(left) && IsNil(right);
        var rightValue = ToFluid(right);
        int order;
        // A count (`list.size > 0`, on every turn of a page) is a number without making Fluid's NumberValue of it.
        if (left is int count) return Ordered(((decimal)count).CompareTo(rightValue.ToNumberValue()), greater, strict);
        var leftValue = ToFluid(left);
        if (leftValue is NumberValue) order = leftValue.ToNumberValue().CompareTo(rightValue.ToNumberValue());
        else if (leftValue is StringValue) order = string.Compare(leftValue.ToStringValue(), rightValue.ToStringValue(), StringComparison.Ordinal);
        else return false;
        return Ordered(order, greater, strict);
    }

    private static bool Ordered(int order, bool greater, bool strict) => greater ? (strict ? order > 0 : order >= 0) : (strict ? order < 0 : order <= 0);

    /// <summary>The items a for loop walks over, as Fluid enumerates them.</summary>
    public IList Items(object? source, TemplateContext context)
    {
        if (source is not null and not FluidValue and not string && KindOf(source) == ValueKind.List) return (IList)source;
        return ToFluid(source).Enumerate(context).ToList();
    }
}
