namespace StaticSite.Rendering.Compiled;

/// <summary>
/// One of Fluid's scopes, with the same rules: a for loop's frame holds the loop's own names and
/// passes every other assignment up; a name is looked up frame by frame outwards. Names are kept
/// in a short list rather than a dictionary (a frame holds a handful), compared the way Fluid's
/// scope would compare them: with the enclosing frame's comparer once that frame holds names, else
/// with this frame's own (the layout's names comparer at the root, ordinal below it).
/// </summary>
internal sealed class VariableFrame(VariableFrame? parent, bool isForLoop, StringComparer ownComparer)
{
    private string[]? _names;
    private object?[]? _values;
    private int _count;
    private StringComparer? _comparer;

    public VariableFrame? Parent => parent;

    public bool IsForLoop => isForLoop;

    /// <summary>The value of <paramref name="name"/>, raw or a FluidValue (see <see cref="LiquidValue"/>); false when no frame has it.</summary>
    public bool TryGet(string name, out object? value)
    {
        for (var frame = this; frame is not null; frame = frame.Parent)
        {
            for (var i = 0; i < frame._count; i++)
            {
                if (Same(frame._names![i], name, frame._comparer!))
                {
                    value = frame._values![i];
                    return true;
                }
            }
        }
        value = null;
        return false;
    }

    // The comparer is ordinal, with or without case (TemplateCompiler allows no other), so names of different lengths differ.
    private static bool Same(string known, string name, StringComparer comparer) =>
        ReferenceEquals(known, name) || (known.Length == name.Length && comparer.Equals(known, name));

    /// <summary>What <c>assign</c> does: into the nearest frame that is not a for loop's.</summary>
    public void Set(string name, object? value)
    {
        var frame = this;
        while (frame.IsForLoop) frame = frame.Parent!;
        frame.SetOwn(name, value);
    }

    public void SetOwn(string name, object? value)
    {
        if (_names is null)
        {
            _comparer = parent?._comparer ?? ownComparer;
            _names = new string[4];
            _values = new object?[4];
        }
        for (var i = 0; i < _count; i++)
        {
            if (Same(_names[i], name, _comparer!))
            {
                _values![i] = value;
                return;
            }
        }
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values![_count] = value;
        _count++;
    }
}
