using Fluid;
using Fluid.Ast;
using Fluid.Ast.BinaryExpressions;
using Fluid.Parser;

namespace StaticSite.Rendering.Compiled;

/// <summary>
/// Turns a prepared layout (see <see cref="LayoutRewriter"/>) into a <see cref="CompiledTemplate"/> when
/// every statement in it and in the partials it includes is one this knows: markup, output, filters,
/// assign, if/elsif/else, unless, case/when, for over a value, comments and theme partials. Anything
/// else (capture, a dynamic include, break, a loop over a range, <c>contains</c>...) leaves the
/// whole layout to Fluid, and so do options a compiled layout does not honour (steps, strict variables or filters,
/// value converters, global variables, names compared other than ordinally).
/// </summary>
internal sealed class TemplateCompiler(TemplateOptions options)
{
    private readonly Dictionary<IFluidTemplate, CompiledStatement[]?> _partials = new(ReferenceEqualityComparer.Instance);
    private readonly LiquidValue _values = new(options);

    private bool OptionsAllow =>
        options is { MaxSteps: 0, StrictVariables: false, StrictFilters: false, Undefined: null, Assigned: null, ValueConverters.Count: 0 } && !options.Scope.Properties.Any()
        && (options.ModelNamesComparer == StringComparer.OrdinalIgnoreCase || options.ModelNamesComparer == StringComparer.Ordinal);

    /// <summary>The compiled layout, or null when Fluid should render it.</summary>
    public CompiledTemplate? Compile(IFluidTemplate template)
    {
        lock (_partials)
        {
            return OptionsAllow && Statements(template) is { } statements ? new CompiledTemplate(statements, _values) : null;
        }
    }

    private CompiledStatement[]? Statements(IFluidTemplate template) =>
        template is FluidTemplate { Statements: var statements } ? Statements(statements) : null;

    private CompiledStatement[]? Statements(IReadOnlyList<Statement> statements)
    {
        var compiled = new List<CompiledStatement>(statements.Count);
        foreach (var statement in statements)
        {
            if (statement is CommentStatement) continue;
            if (Statement(statement) is not { } one) return null;
            compiled.Add(one);
        }
        return [.. compiled];
    }

    private CompiledStatement? Statement(Statement statement) => statement switch
    {
        LayoutRewriter.Utf8TextStatement text => new CompiledStatement.Text(text.Utf8),
        OutputStatement output => Value(output.Expression) is { } value ? new CompiledStatement.Output(value) : null,
        AssignStatement assign => Value(assign.Value) is { } value ? new CompiledStatement.Assign(assign.Identifier, value) : null,
        IfStatement branch => If(branch),
        UnlessStatement unless => Condition(unless.Condition) is { } test && Statements(unless.Statements) is { } body && Else(unless.Else, out var otherwise)
            ? new CompiledStatement.Unless(test, body, otherwise) : null,
        CaseStatement choice => Case(choice),
        ForStatement loop => For(loop),
        LayoutRewriter.PartialStatement partial => Partial(partial.Template) is { } body ? new CompiledStatement.Partial(body) : null,
        _ => null,
    };

    private CompiledStatement? If(IfStatement statement)
    {
        var branches = new List<(CompiledCondition, CompiledStatement[])>();
        if (Condition(statement.Condition) is not { } test || Statements(statement.Statements) is not { } body) return null;
        branches.Add((test, body));
        foreach (var elseIf in statement.ElseIfs)
        {
            if (Condition(elseIf.Condition) is not { } other || Statements(elseIf.Statements) is not { } otherBody) return null;
            branches.Add((other, otherBody));
        }
        return Else(statement.Else, out var otherwise) ? new CompiledStatement.If([.. branches], otherwise) : null;
    }

    private CompiledStatement? Case(CaseStatement statement)
    {
        if (Value(statement.Expression) is not { } subject) return null;
        var whens = new List<(CompiledExpression[], CompiledStatement[])>();
        foreach (var when in statement.Whens)
        {
            var options = new List<CompiledExpression>();
            foreach (var option in when.Options)
            {
                if (Value(option) is not { } value) return null;
                options.Add(value);
            }
            if (Statements(when.Statements) is not { } body) return null;
            whens.Add(([.. options], body));
        }
        return Else(statement.Else, out var otherwise) ? new CompiledStatement.Case(subject, [.. whens], otherwise) : null;
    }

    private CompiledStatement? For(ForStatement loop)
    {
        if (loop.Range is not null || Value(loop.Source) is not { } source) return null;
        if (Statements(loop.Statements) is not { } body || !Else(loop.Else, out var otherwise)) return null;
        // Fluid counts a loop over a variable in "for_continue_<variable>", for a later `offset: continue`.
        var continueName = loop.Source is MemberExpression member ? "for_continue_" + ((IdentifierSegment)member.Segments[0]).Identifier : null;
        CompiledExpression? limit = null, offset = null;
        if (loop.Limit is not null && (limit = Value(loop.Limit)) is null) return null;
        if (loop.OffsetIsContinue ? continueName is null : loop.Offset is not null && (offset = Value(loop.Offset)) is null) return null;
        return new CompiledStatement.For(loop.Identifier, source, continueName, new(limit, offset, loop.OffsetIsContinue, loop.Reversed), body, otherwise);
    }

    // A partial is compiled once, however many layouts include it. LayoutRewriter never makes a partial include itself.
    private CompiledStatement[]? Partial(IFluidTemplate partial)
    {
        if (!_partials.TryGetValue(partial, out var compiled)) _partials[partial] = compiled = Statements(partial);
        return compiled;
    }

    private bool Else(ElseStatement? statement, out CompiledStatement[]? otherwise)
    {
        otherwise = statement is null ? null : Statements(statement.Statements);
        return statement is null || otherwise is not null;
    }

    private CompiledCondition? Condition(Expression expression) => expression switch
    {
        EqualBinaryExpression equal => Pair(equal, (left, right) => new CompiledCondition.Equality(left, right, equal: true)),
        NotEqualBinaryExpression notEqual => Pair(notEqual, (left, right) => new CompiledCondition.Equality(left, right, equal: false)),
        GreaterThanBinaryExpression greater => Pair(greater, (left, right) => new CompiledCondition.Order(left, right, greater: true, greater.Strict)),
        LowerThanBinaryExpression lower => Pair(lower, (left, right) => new CompiledCondition.Order(left, right, greater: false, lower.Strict)),
        AndBinaryExpression and => Condition(and.Left) is { } left && Condition(and.Right) is { } right ? new CompiledCondition.Both(left, right, all: true) : null,
        OrBinaryExpression or => Condition(or.Left) is { } left && Condition(or.Right) is { } right ? new CompiledCondition.Both(left, right, all: false) : null,
        _ => Value(expression) is { } value ? new CompiledCondition.Truth(value) : null,
    };

    private CompiledCondition? Pair(BinaryExpression comparison, Func<CompiledExpression, CompiledExpression, CompiledCondition> make) =>
        Value(comparison.Left) is { } left && Value(comparison.Right) is { } right ? make(left, right) : null;

    // An expression that is a value: a comparison's result is a value only Fluid knows how to write, so it is not one here.
    private CompiledExpression? Value(Expression expression)
    {
        switch (expression)
        {
            case LiteralExpression literal:
                return new CompiledExpression.Literal(literal.Value);
            case MemberExpression member when member.Segments.All(segment => segment is IdentifierSegment):
                var names = member.Segments.Select(segment => ((IdentifierSegment)segment).Identifier).ToArray();
                return new CompiledExpression.Member(names[0], names[1..]);
            case FilterExpression filter:
                if (Value(filter.Input) is not { } input) return null;
                var arguments = new List<(string, CompiledExpression)>();
                foreach (var argument in filter.Parameters)
                {
                    if (Value(argument.Expression) is not { } value) return null;
                    arguments.Add((argument.Name, value));
                }
                return new CompiledExpression.Filter(input, filter.Name, [.. arguments]);
            default:
                return null;
        }
    }
}
