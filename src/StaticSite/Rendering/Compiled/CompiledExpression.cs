using Fluid;
using Fluid.Accessors;
using Fluid.Values;

namespace StaticSite.Rendering.Compiled;

/// <summary>A Liquid expression of a compiled layout: evaluates to a raw value or a FluidValue (see <see cref="LiquidValue"/>).</summary>
internal abstract class CompiledExpression
{
    public abstract object? Evaluate(RenderState state);

    /// <summary>A literal; Fluid's string and boolean literals are kept raw, which means the same.</summary>
    public sealed class Literal(FluidValue value) : CompiledExpression
    {
        private readonly object? _value = value switch
        {
            NilValue => null,
            StringValue text => text.ToStringValue(),
            BooleanValue flag => flag.ToBooleanValue(),
            _ => value,
        };

        public override object? Evaluate(RenderState state) => _value;
    }

    /// <summary>
    /// <c>a.b.c</c>: the variable, then each member in turn, stopping at the first nil, as Fluid's
    /// MemberExpression does. A view's member is read by the accessor Fluid itself would use, found
    /// once per view type at each place rather than on every read.
    /// </summary>
    public sealed class Member(string variable, string[] members) : CompiledExpression
    {
        private readonly Seen?[] _seen = new Seen?[members.Length];

        public override object? Evaluate(RenderState state)
        {
            // Not found anywhere: Fluid's root scope falls back to the options' scope, which a compiled layout requires empty.
            var value = state.Frame.TryGet(variable, out var found) ? found : UndefinedValue.Instance;
            for (var i = 0; i < members.Length; i++)
            {
                if (LiquidValue.IsNil(value)) return value;
                value = Read(value!, i, state);
            }
            return value;
        }

        private object? Read(object value, int index, RenderState state)
        {
            var name = members[index];
            switch (value)
            {
                case string text:
                    return name == "size" ? LiquidValue.Number(text.Length) : Ask(value, name, state);
                case ForLoopValue loop:
                    return name switch
                    {
                        "index" => LiquidValue.Number(loop.Index),
                        "index0" => LiquidValue.Number(loop.Index0),
                        "rindex" => LiquidValue.Number(loop.RIndex),
                        "rindex0" => LiquidValue.Number(loop.RIndex0),
                        "length" => LiquidValue.Number(loop.Length),
                        "first" => loop.First,
                        "last" => loop.Last,
                        _ => null,
                    };
                case FluidValue fluid:
                    return RenderState.Wait(fluid.GetValueAsync(name, state.Context));
            }
            // What this place read last (a view type, a list type): nearly always what it reads now.
            var seen = _seen[index];
            if (seen is null || seen.Type != value.GetType())
            {
                var kind = state.Values.KindOf(value);
                var accessor = kind == LiquidValue.ValueKind.View ? state.Context.Options.MemberAccessStrategy.GetAccessor(value.GetType(), name) : null;
                // One reference written at once: another thread sees the old one or this one, each right for its type.
                _seen[index] = seen = new Seen(value.GetType(), kind, accessor);
            }
            switch (seen.Kind)
            {
                case LiquidValue.ValueKind.View:
                    return seen.Accessor switch
                    {
                        null => null, // no such member: nil, as for Fluid without a model or strict variables
                        IAsyncMemberAccessor => Ask(value, name, state),
                        var member => member.Get(value, name, state.Context),
                    };
                case LiquidValue.ValueKind.List:
                    var list = (System.Collections.IList)value;
                    return name switch
                    {
                        "size" => LiquidValue.Number(list.Count),
                        "first" => list.Count > 0 ? list[0] : null,
                        "last" => list.Count > 0 ? list[^1] : null,
                        _ => null, // a list made from an IList has no other members in Fluid
                    };
                default:
                    return Ask(value, name, state);
            }
        }

        private static FluidValue Ask(object value, string name, RenderState state) =>
            RenderState.Wait(state.Values.ToFluid(value).GetValueAsync(name, state.Context));

        private sealed record Seen(Type Type, LiquidValue.ValueKind Kind, IMemberAccessor? Accessor);
    }

    /// <summary><c>input | name: arguments</c>, through Fluid's own filter.</summary>
    public sealed class Filter(CompiledExpression input, string name, (string Name, CompiledExpression Value)[] arguments) : CompiledExpression
    {
        // Literal arguments are the same on every page: made once, as Fluid caches them.
        private FilterArguments? _literalArguments;

        public override object? Evaluate(RenderState state)
        {
            var arguments = _literalArguments ?? Arguments(state);
            var value = state.Values.ToFluid(input.Evaluate(state));
            if (!state.Context.Options.Filters.TryGetValue(name, out var filter)) return value; // an unknown filter passes its input on, as Fluid's does when filters are not strict
            return RenderState.Wait(filter(value, arguments, state.Context));
        }

        private FilterArguments Arguments(RenderState state)
        {
            var made = new FilterArguments();
            var literal = true;
            foreach (var (argumentName, argument) in arguments)
            {
                made.Add(argumentName, state.Values.ToFluid(argument.Evaluate(state)));
                literal &= argument is Literal;
            }
            if (literal) _literalArguments = made;
            return made;
        }
    }
}
