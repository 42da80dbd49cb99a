using System.Collections;
using Fluid.Values;

namespace StaticSite.Rendering.Compiled;

/// <summary>
/// A statement of a compiled layout. Each does what Fluid's statement of the same name does, in
/// the same order, writing straight into the page: a plain method call where Fluid awaits.
/// </summary>
internal abstract class CompiledStatement
{
    public abstract void Write(RenderState state);

    /// <summary>Writes each statement in turn; nothing for a branch that is absent (an <c>else</c> not written).</summary>
    public static void WriteAll(CompiledStatement[]? statements, RenderState state)
    {
        if (statements is null) return;
        foreach (var statement in statements) statement.Write(state);
    }

    /// <summary>The layout's markup, already UTF-8.</summary>
    public sealed class Text(byte[] utf8) : CompiledStatement
    {
        public override void Write(RenderState state) => state.Page.WriteUtf8(utf8);
    }

    /// <summary><c>{{ value }}</c>: text HTML-encoded, nil nothing, anything else as Fluid writes its value.</summary>
    public sealed class Output(CompiledExpression value) : CompiledStatement
    {
        public override void Write(RenderState state)
        {
            switch (value.Evaluate(state))
            {
                case null:
                    return;
                case string text:
                    if (text.Length > 0) state.Page.Write(state.Encoder.Encode(text));
                    return;
                case var other:
                    RenderState.Wait(state.Values.ToFluid(other).WriteToAsync(state.Page, state.Encoder, state.Context.CultureInfo));
                    return;
            }
        }
    }

    public sealed class Assign(string name, CompiledExpression value) : CompiledStatement
    {
        public override void Write(RenderState state) => state.Frame.Set(name, value.Evaluate(state));
    }

    /// <summary><c>if</c> with its <c>elsif</c> branches and <c>else</c>.</summary>
    public sealed class If((CompiledCondition Test, CompiledStatement[] Body)[] branches, CompiledStatement[]? otherwise) : CompiledStatement
    {
        public override void Write(RenderState state)
        {
            foreach (var (test, body) in branches)
            {
                if (!test.IsTrue(state)) continue;
                WriteAll(body, state);
                return;
            }
            WriteAll(otherwise, state);
        }
    }

    public sealed class Unless(CompiledCondition test, CompiledStatement[] body, CompiledStatement[]? otherwise) : CompiledStatement
    {
        public override void Write(RenderState state)
        {
            if (!test.IsTrue(state)) WriteAll(body, state);
            else WriteAll(otherwise, state);
        }
    }

    /// <summary><c>case</c>: as in Fluid, every <c>when</c> that matches is written, and <c>else</c> only if none did.</summary>
    public sealed class Case(CompiledExpression value, (CompiledExpression[] Options, CompiledStatement[] Body)[] whens, CompiledStatement[]? otherwise) : CompiledStatement
    {
        public override void Write(RenderState state)
        {
            var subject = value.Evaluate(state);
            var matched = false;
            foreach (var (options, body) in whens)
            {
                foreach (var option in options)
                {
                    if (!state.Values.AreEqual(subject, option.Evaluate(state))) continue;
                    matched = true;
                    WriteAll(body, state);
                }
            }
            if (!matched) WriteAll(otherwise, state);
        }
    }

    /// <summary>The options of a <c>for</c> loop besides its source: <c>limit</c>, <c>offset</c> (a value, or <c>continue</c>) and <c>reversed</c>.</summary>
    public sealed record LoopOptions(CompiledExpression? Limit, CompiledExpression? Offset, bool OffsetIsContinue, bool Reversed);

    /// <summary>
    /// <c>for</c> over a value (not a range): the loop's own frame with the item, <c>forloop</c> and <c>parentloop</c>,
    /// and the <c>for_continue_</c> count Fluid keeps for <c>offset: continue</c>. Offsets and limits are Fluid's
    /// to the letter, quirks included: after an offset, <c>forloop</c> counts from the offset.
    /// </summary>
    public sealed class For(string item, CompiledExpression source, string? continueName, LoopOptions loopOptions, CompiledStatement[] body, CompiledStatement[]? otherwise) : CompiledStatement
    {
        public override void Write(RenderState state)
        {
            IList items = state.Values.Items(source.Evaluate(state), state.Context);
            if (items.Count == 0) // before the offset and limit are evaluated, as in Fluid
            {
                WriteAll(otherwise, state);
                return;
            }
            var start = 0;
            if (loopOptions.OffsetIsContinue) start = Number(state.Frame.TryGet(continueName!, out var done) ? done : null, state);
            else if (loopOptions.Offset is { } offset) start = Number(offset.Evaluate(state), state);
            var count = Math.Max(0, items.Count - start);
            if (loopOptions.Limit is { } limit)
            {
                var most = Number(limit.Evaluate(state), state);
                count = most < 0 ? Math.Max(0, count + most) : Math.Min(count, most);
            }
            if (count == 0)
            {
                WriteAll(otherwise, state);
                return;
            }
            if (loopOptions.Reversed)
            {
                var copy = new List<object?>(items.Count);
                foreach (var one in items) copy.Add(one);
                copy.Reverse(start, count);
                items = copy;
            }
            state.Frame.TryGet("forloop", out var parentLoop);
            state.Enter(isForLoop: true);
            try
            {
                var length = start + count;
                var loop = new ForLoopValue { Length = length };
                state.Frame.SetOwn("forloop", loop);
                if (!LiquidValue.IsNil(parentLoop ?? NilValue.Instance)) state.Frame.SetOwn("parentloop", parentLoop);
                for (var i = start; i < length; i++)
                {
                    state.Frame.SetOwn(item, items[i]);
                    loop.Index = i + 1;
                    loop.Index0 = i;
                    loop.RIndex = length - i;
                    loop.RIndex0 = length - i - 1;
                    loop.First = i == 0;
                    loop.Last = i == length - 1;
                    if (continueName is not null) state.Frame.Set(continueName, LiquidValue.Number(loop.Index));
                    WriteAll(body, state);
                }
            }
            finally
            {
                state.Leave();
            }
        }

        private static int Number(object? value, RenderState state) => value is int number ? number : (int)state.Values.ToFluid(value).ToNumberValue();
    }

    /// <summary>An include of a theme partial (see LayoutRewriter): the partial in a frame of its own.</summary>
    public sealed class Partial(CompiledStatement[] partial) : CompiledStatement
    {
        public override void Write(RenderState state)
        {
            state.Enter(isForLoop: false);
            try
            {
                WriteAll(partial, state);
            }
            finally
            {
                state.Leave();
            }
        }
    }
}
