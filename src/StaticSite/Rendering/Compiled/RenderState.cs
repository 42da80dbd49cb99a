using System.Text.Encodings.Web;
using Fluid;

namespace StaticSite.Rendering.Compiled;

/// <summary>One page being rendered by compiled layouts: where it goes, its variables, and Fluid's context for what is left to Fluid.</summary>
internal sealed class RenderState(Utf8PageBuffer page, TextEncoder encoder, TemplateContext context, LiquidValue values, VariableFrame root)
{
    private int _depth;

    public Utf8PageBuffer Page => page;

    public TextEncoder Encoder => encoder;

    public TemplateContext Context => context;

    public LiquidValue Values => values;

    public VariableFrame Frame { get; private set; } = root;

    /// <summary>Fluid's EnterChildScope and EnterForLoopScope, with its limit on nesting.</summary>
    public void Enter(bool isForLoop)
    {
        var limit = context.Options.MaxRecursion;
        if (limit > 0 && _depth++ > limit) throw new InvalidOperationException("The maximum level of recursion has been reached. Your script must have a cyclic include statement.");
        Frame = new VariableFrame(Frame, isForLoop, StringComparer.Ordinal);
    }

    public void Leave()
    {
        if (_depth > 0) _depth--;
        Frame = Frame.Parent!;
    }

    /// <summary>Waits for what Fluid returns; our page writer completes everything at once.</summary>
    public static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    public static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully) task.AsTask().GetAwaiter().GetResult();
    }
}
