namespace StaticSite.Rendering.Compiled;

/// <summary>
/// The test of an <c>if</c>, <c>elsif</c> or <c>unless</c>. Fluid makes a value of each comparison and
/// asks whether it is true; a condition is only ever asked that, so here it is a bool.
/// </summary>
internal abstract class CompiledCondition
{
    public abstract bool IsTrue(RenderState state);

    public sealed class Truth(CompiledExpression value) : CompiledCondition
    {
        public override bool IsTrue(RenderState state) => state.Values.IsTrue(value.Evaluate(state));
    }

    public sealed class Equality(CompiledExpression left, CompiledExpression right, bool equal) : CompiledCondition
    {
        public override bool IsTrue(RenderState state) => state.Values.AreEqual(left.Evaluate(state), right.Evaluate(state)) == equal;
    }

    public sealed class Order(CompiledExpression left, CompiledExpression right, bool greater, bool strict) : CompiledCondition
    {
        public override bool IsTrue(RenderState state) => state.Values.Compare(left.Evaluate(state), right.Evaluate(state), greater, strict);
    }

    /// <summary><c>and</c>, <c>or</c>: both sides are evaluated, as Fluid evaluates them, before they are combined.</summary>
    public sealed class Both(CompiledCondition left, CompiledCondition right, bool all) : CompiledCondition
    {
        public override bool IsTrue(RenderState state)
        {
            var first = left.IsTrue(state);
            var second = right.IsTrue(state);
            return all ? first && second : first || second;
        }
    }
}
