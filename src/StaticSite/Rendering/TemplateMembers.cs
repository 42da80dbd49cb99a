using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Fluid;
using Fluid.Accessors;
using StaticSite.Rendering.Views;

namespace StaticSite.Rendering;

/// <summary>
/// What layouts may read: the public members of the view models, by snake_case name, and nothing else.
/// Registering them up front also gives cached accessors (the catch-all strategy measured as a steady
/// churn of compiled delegates).
/// </summary>
/// <remarks>
/// Each view type is named here rather than found by reflection over the assembly: the published tool
/// is compiled ahead of time, and keeps only the members of the types that code names (found by
/// reflection, every view read as empty there). A test checks that every public type of Views is listed.
/// </remarks>
internal static class TemplateMembers
{
    private static readonly View[] _views =
    [
        View.Of<AlternateView>(),
        View.Of<ArchiveView>(),
        View.Of<BodyView>(),
        View.Of<CitationView>(),
        View.Of<CiteView>(),
        View.Of<ExchangeGroupView>(),
        View.Of<ExchangeView>(),
        View.Of<LetterView>(),
        View.Of<LinkView>(),
        View.Of<MediaView>(),
        View.Of<NavView>(),
        View.Of<NoteView>(),
        View.Of<OptionView>(),
        View.Of<PageLinkView>(),
        View.Of<PageView>(),
        View.Of<PagerView>(),
        View.Of<PassageCitationsView>(),
        View.Of<PassageCitationView>(),
        View.Of<PassageGroupView>(),
        View.Of<PassageView>(),
        View.Of<QuoteView>(),
        View.Of<SiteView>(),
        View.Of<SpeakerInterviewView>(),
        View.Of<SpeakerLinkView>(),
        View.Of<SpeakerShareView>(),
        View.Of<SpeakerSummaryView>(),
        View.Of<SpeakerView>(),
        View.Of<TermSummaryView>(),
        View.Of<TermView>(),
        View.Of<StripMarkView>(),
        View.Of<StripRowView>(),
        View.Of<TocView>(),
        View.Of<TopicGridCellView>(),
        View.Of<TopicGridRowView>(),
        View.Of<TopicGridView>(),
        View.Of<TopicStripView>(),
        View.Of<TopicSummaryView>(),
        View.Of<TopicView>(),
        View.Of<TranscriptSummaryView>(),
        View.Of<TranscriptView>(),
        View.Of<TurnTimeView>(),
        View.Of<TurnView>(),
        View.Of<YearView>(),
    ];

    private static readonly FrozenDictionary<Type, string[]> _names = _views.ToFrozenDictionary(view => view.Type, view => view.Names);

    /// <summary>The names a layout reads of a view of this type, in ordinal order; null for a type that is not a view.</summary>
    public static IReadOnlyList<string>? NamesOf(Type type) => _names.GetValueOrDefault(type);

    /// <summary>The view types layouts may read.</summary>
    public static IEnumerable<Type> Types => _views.Select(view => view.Type);

    public static DefaultMemberAccessStrategy Create()
    {
        var strategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        foreach (var view in _views) view.Register(strategy);
        return strategy;
    }

    private sealed record View(Type Type, string[] Names, Action<MemberAccessStrategy> Register)
    {
        private const DynamicallyAccessedMemberTypes Kept =
            DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicMethods;

        // The annotation tells the ahead-of-time compiler to keep what Fluid (and this) reads of T by reflection.
        public static View Of<[DynamicallyAccessedMembers(Kept)] T>() => new(
            typeof(T),
            [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => MemberNameStrategies.SnakeCase(property)).Order(StringComparer.Ordinal)],
            static strategy =>
            {
                strategy.Register(typeof(T));
                strategy.Register(typeof(T), Getters<T>());
            });

        // A delegate per property, bound to its getter: Fluid's own accessors call the getter by reflection in the
        // published tool (it cannot generate code there) and wrap each string read in a StringValue, which Fluid
        // makes of a plain string anyway. Properties of other value types keep Fluid's accessor.
        private static IEnumerable<KeyValuePair<string, IMemberAccessor>> Getters<[DynamicallyAccessedMembers(Kept)] T>()
        {
            if (typeof(T).IsValueType) yield break; // a struct's getter takes its instance by reference: no such delegate
            foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetMethod is not { } getter || property.GetIndexParameters().Length > 0) continue;
                IMemberAccessor? accessor = property.PropertyType switch
                {
                    { IsValueType: false } => new Getter<T, object?>(getter.CreateDelegate<Func<T, object?>>()),
                    var type when type == typeof(int) => new Getter<T, int>(getter.CreateDelegate<Func<T, int>>()),
                    var type when type == typeof(bool) => new Getter<T, bool>(getter.CreateDelegate<Func<T, bool>>()),
                    _ => null,
                };
                if (accessor is not null) yield return new(MemberNameStrategies.SnakeCase(property), accessor);
            }
        }
    }

    private sealed class Getter<T, TValue>(Func<T, TValue> get) : IMemberAccessor
    {
        public object? Get(object obj, string name, TemplateContext ctx) => get((T)obj);
    }
}
