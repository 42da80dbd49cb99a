using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using StaticSite.Rendering;
using StaticSite.Rendering.Compiled;
using StaticSite.Tests.Support;

namespace StaticSite.Tests.Rendering;

/// <summary>
/// A compiled layout writes exactly what Fluid writes for the same layout and values: every construct
/// the compiler takes, over the kinds of values views hold (text, numbers, flags, lists, nested views,
/// nil, HTML kept as UTF-8), and the real site and theme built both ways. What it does not take is
/// left to Fluid.
/// </summary>
public sealed class CompiledTemplateTests
{
    private static readonly FluidParser _parser = new();
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public sealed record Item(string Title, int Count, bool Flag);

    public sealed record Sample(string Title, string? Nothing, string Empty, string Blank, int Count, decimal Ratio, bool Flag,
        Item[] Items, List<Item> NoItems, Item Child, Utf8Html Html, string[] Words);

    private static readonly Sample _sample = new(
        "Tom & \"Jerry\" <b>", null, "", "  ", 3, 2.50m, true,
        [new("a", 1, true), new("b", 0, false), new("c <&>", 2, true)], [],
        new("child", 5, false), new Utf8Html("<em>kept</em>"u8.ToArray()), ["x", "y"]);

    private static readonly Dictionary<string, string> _partials = new()
    {
        ["_item.liquid"] = "<li>{{ item.title }}{% assign inside = 'partial' %}{% assign Shared = 'partial' %}</li>",
    };

    public static TheoryData<string, string> Layouts => new()
    {
        {
            "output", """
            {{ v.title }}|{{ v.nothing }}|{{ v.empty }}|{{ v.count }}|{{ v.ratio }}|{{ v.flag }}|{{ v.missing }}|{{ nope }}|{{ nope.deeper }}
            {{ v.items.size }}|{{ v.items.first.title }}|{{ v.items.last.title }}|{{ v.no_items.first }}|{{ v.title.size }}|{{ v.title.first }}
            {{ v.child }}|{{ v.items }}|{{ v.words }}|{{ v.html }}|{{ v.html | raw }}|{{ v.title | raw }}|{{ 'lit' }}|{{ 3 }}|{{ 2.5 }}|{{ true }}|{{ nil }}
            {{ v.title | upcase }}|{{ v.title | truncatewords: 2 }}|{{ v.title | append: v.child.title }}|{{ v.items | map: 'title' | join: ',' }}
            {{ v.words | first }}|{{ v.nothing | default: 'dflt' }}|{{ v.title | split: ' ' | last }}|{{ v.count | plus: 1 }}|{{ v | unknown_filter }}
            """
        },
        {
            "truth", """
            {% if v.title %}t{% endif %}{% if v.nothing %}n{% endif %}{% if v.empty %}e{% endif %}{% if v.flag %}f{% endif %}{% if v.child.flag %}c{% endif %}
            {% if v.items %}l{% endif %}{% if v.no_items %}L{% endif %}{% if v.child %}o{% endif %}{% if v.count %}#{% endif %}{% if v.html %}h{% endif %}{% if nope %}u{% endif %}
            {% if v.missing %}m{% else %}!m{% endif %}{% unless v.flag %}U{% else %}!U{% endunless %}{% unless v.nothing %}N{% endunless %}
            """
        },
        {
            "comparisons", """
            {% if v.title == "Tom & \"Jerry\" <b>" %}1{% endif %}{% if v.title != 'x' %}2{% endif %}{% if v.empty == blank %}3{% endif %}
            {% if v.blank == blank %}4{% endif %}{% if v.nothing == blank %}5{% endif %}{% if v.no_items == blank %}6{% endif %}{% if v.no_items == empty %}7{% endif %}
            {% if v.empty == empty %}8{% endif %}{% if v.title != blank %}9{% endif %}{% if v.html != blank %}a{% endif %}{% if v.count == 3 %}b{% endif %}
            {% if v.count > 2 %}c{% endif %}{% if v.count >= 3 %}d{% endif %}{% if v.count < 3 %}e{% endif %}{% if v.count <= 3 %}f{% endif %}
            {% if v.title > 'S' %}g{% endif %}{% if v.nothing > 1 %}h{% endif %}{% if v.nothing <= nil %}i{% endif %}{% if v.child > 1 %}j{% endif %}
            {% if v.flag == true %}k{% endif %}{% if v.count == '3' %}l{% endif %}{% if v.items.size > 2 and v.flag %}m{% endif %}{% if v.nothing or v.empty %}n{% endif %}
            {% if v.nothing and v.flag or v.count > 1 %}o{% endif %}{% if nope == nil %}p{% endif %}{% if v.child == v.child %}q{% endif %}{% if v.title == v.html %}r{% endif %}
            {% if v.count == 4 %}s{% elsif v.count == 3 %}t{% elsif v.count == 3 %}u{% else %}w{% endif %}{% if v.ratio > 2 %}x{% endif %}{% if v.count > '2' %}y{% endif %}{% if v.count < v.ratio %}z{% endif %}
            """
        },
        {
            "case", """
            {% case v.count %}{% when 1 %}one{% when 3, 4 %}three{% when 3 %}again{% else %}other{% endcase %}
            {% case v.title %}{% when 'x' %}x{% else %}else{% endcase %}{% case v.nothing %}{% when nil %}nil{% when blank %}blank{% endcase %}
            """
        },
        {
            "loops", """
            {% for item in v.items %}{{ forloop.index }}/{{ forloop.length }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}{{ forloop.rindex }}{{ forloop.index0 }}{{ forloop.rindex0 }}
            {% for word in v.words %}[{{ parentloop.index }}.{{ forloop.index }}{{ word }}{{ item.title }}]{% endfor %}{{ forloop }}{% assign last_seen = item.title %}{% endfor %}
            after: {{ item }}|{{ last_seen }}|{{ for_continue_v }}|{{ forloop.index }}
            {% for item in v.no_items %}never{% else %}empty{% endfor %}{% for x in nope %}never{% else %}nil{% endfor %}{% for c in v.title %}({{ c }}){% endfor %}
            {% for item in v.items %}{% include '_item' %}{% endfor %}[{{ inside }}]
            {% for item in v.items offset: 1 %}{{ item.title }}{{ forloop.index }}{{ forloop.first }}{{ forloop.length }}{% endfor %}|{% for item in v.items limit: 2 %}{{ item.title }}{% endfor %}
            {% for item in v.items limit: -1 reversed %}{{ item.title }}{{ forloop.last }}{% endfor %}|{% for item in v.items offset: 5 %}x{% else %}none{% endfor %}
            {% for item in v.items limit: 1 %}{{ item.title }}{% endfor %}{% for item in v.items offset: continue %}{{ item.title }}{% endfor %}|{% for item in v.items offset: v.count %}x{% endfor %}
            """
        },
        {
            "scopes", """
            {% assign Shared = 'root' %}{{ shared }}|{% assign count = v.count %}{{ count }}|{% include '_item' %}{{ shared }}|{{ Shared }}|{{ inside }}
            {% assign v = 'shadowed' %}{{ v }}|{{ v.size }}
            """
        },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryConstruct_WritesWhatFluidWrites(string name, string layout)
    {
        var (options, template) = Prepare(layout);
        var fluid = RenderWithFluid(options, template);
        var compiled = new TemplateCompiler(options).Compile(template);
        Assert.NotNull(compiled);
        var page = new Utf8PageBuffer();
        compiled.Render(new Dictionary<string, object?> { ["v"] = _sample }, null, page, _encoder, new TemplateContext(options));
        Assert.Equal(fluid, page.ToString());
        Assert.True(fluid.Trim().Length > 10, name); // the layout wrote something to compare
    }

    [Theory]
    [InlineData("{% capture x %}a{% endcapture %}")]
    [InlineData("{% for i in (1..3) %}{{ i }}{% endfor %}")]
    [InlineData("{% for i in v.items %}{% break %}{% endfor %}")]
    [InlineData("{% if v.title contains 'Tom' %}yes{% endif %}")]
    [InlineData("{{ v.items[0].title }}")]
    [InlineData("{% assign which = '_item' %}{% include which %}")]
    [InlineData("{% include '_item' with v %}")]
    [InlineData("{% raw %}{{ x }}{% endraw %}{% increment n %}")]
    public void WhatItDoesNotTake_IsLeftToFluid(string layout)
    {
        var (options, template) = Prepare(layout);
        Assert.Null(new TemplateCompiler(options).Compile(template));
    }

    [Fact]
    public void OptionsItDoesNotHonour_LeaveEveryLayoutToFluid()
    {
        var (options, template) = Prepare("{{ v.title }}");
        Assert.NotNull(new TemplateCompiler(options).Compile(template));
        options.MaxSteps = 1000;
        Assert.Null(new TemplateCompiler(options).Compile(template));
        options.MaxSteps = 0;
        options.StrictFilters = true;
        Assert.Null(new TemplateCompiler(options).Compile(template));
    }

    [Fact]
    public void TheDefaultTheme_CompilesEveryLayout()
    {
        var layouts = Directory.EnumerateFiles(Path.Combine(RepoPaths.Theme, "layouts"), "*.liquid")
            .ToDictionary(file => Path.GetFileName(file), File.ReadAllText, StringComparer.Ordinal);
        var options = new TemplateOptions { FileProvider = new LayoutFileProvider(layouts) };
        var rewriter = new LayoutRewriter(options, _parser, layouts);
        var compiler = new TemplateCompiler(options);
        var uncompiled = layouts.Keys.Where(file => compiler.Compile(rewriter.Apply(_parser.Parse(layouts[file]))) is null).ToList();
        Assert.Empty(uncompiled);
    }

    [Fact]
    public void EveryLayoutOfTheDefaultTheme_WritesWhatFluidWrites_OnTheRealSite()
    {
        using var folder = new TempFolder("compiled");
        // Each layout and partial marks what it writes, so that every one of them is known to have rendered pages compared here.
        var theme = CopyFolder(RepoPaths.Theme, Path.Combine(folder.Root, "theme"));
        // One more interview, so that the home page lists several (the transcript card), opening with
        // editorial prose that has a margin note (the notes partial).
        var input = CopyFolder(RepoPaths.Input, Path.Combine(folder.Root, "input"));
        var first = Directory.GetFiles(Path.Combine(input, "transcripts"), "*.md").Order(StringComparer.Ordinal).First();
        var slug = Path.GetFileNameWithoutExtension(first);
        var again = File.ReadAllText(first).Replace("slug: " + slug, "slug: " + slug + "-again", StringComparison.Ordinal);
        var body = again.IndexOf("\n---\n", 4, StringComparison.Ordinal) + "\n---\n".Length;
        again = again[..body] + "\nAn editorial word.[^editorial-word]\n" + again[body..] + "\n[^editorial-word]: A note on the editorial word.\n";
        File.WriteAllText(Path.Combine(input, "transcripts", slug + "-again.md"), again);
        var layouts = Directory.GetFiles(Path.Combine(theme, "layouts"), "*.liquid").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Contains("transcript", layouts);
        foreach (var layout in layouts) File.AppendAllText(Path.Combine(theme, "layouts", layout + ".liquid"), $"<!-- layout {layout} -->");

        var compiled = RealSiteBuild.Into(Path.Combine(folder.Root, "compiled"), theme, input: input);

        Assert.Equal(Sites.OutputTests.Snapshot(compiled), Sites.OutputTests.Snapshot(RealSiteBuild.Into(Path.Combine(folder.Root, "fluid"), theme, compileLayouts: false, input: input)));
        var pages = string.Concat(Directory.EnumerateFiles(compiled, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.All(layouts, layout => Assert.Contains($"<!-- layout {layout} -->", pages, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLayoutOfTheDefaultTheme_WritesWhatFluidWrites_OnAPressConferenceAndABriefing()
    {
        // Moderators' turns, folded questioners and the index by kind are not on the real site.
        using var folder = new TempFolder("compiled-kinds");
        FileTree.Write(folder.Root, FileTree.Parse(PublicationFixtures.PressConference));
        var input = Path.Combine(folder.Root, "input");
        var compiled = RealSiteBuild.Into(Path.Combine(folder.Root, "compiled"), RepoPaths.Theme, input: input);
        Assert.Equal(Sites.OutputTests.Snapshot(compiled), Sites.OutputTests.Snapshot(RealSiteBuild.Into(Path.Combine(folder.Root, "fluid"), RepoPaths.Theme, compileLayouts: false, input: input)));
        var pages = string.Concat(Directory.EnumerateFiles(compiled, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("turn--moderator", pages, StringComparison.Ordinal);
        Assert.Contains("questioners__list", pages, StringComparison.Ordinal);
        Assert.Contains("kind-filter__list", pages, StringComparison.Ordinal);
    }

    [Fact]
    public void Fluid_IsTheReleaseTheCompilerWasVerifiedAgainst()
    {
        // On a Fluid upgrade: run these tests against the new release, fix the compiler where Fluid changed, then raise the constant.
        var version = typeof(FluidParser).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.True(version == CompiledLayouts.VerifiedFluidVersion,
            $"Fluid is {version}, the compiled layouts copy Fluid {CompiledLayouts.VerifiedFluidVersion}: verify them against {version}, then change CompiledLayouts.VerifiedFluidVersion");
    }

    private static string CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return to;
    }

    private static (TemplateOptions Options, IFluidTemplate Template) Prepare(string layout)
    {
        var layouts = new Dictionary<string, string>(_partials) { ["page.liquid"] = layout };
        var strategy = new DefaultMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        strategy.Register<Sample>();
        strategy.Register<Item>();
        var options = new TemplateOptions { FileProvider = new LayoutFileProvider(layouts), MemberAccessStrategy = strategy };
        options.Filters.AddFilter("raw", static (input, _, _) => input is Utf8Html ? input : new Fluid.Values.StringValue(input.ToStringValue(), encode: false));
        var rewriter = new LayoutRewriter(options, _parser, layouts);
        options.TemplateParsed = (_, parsed) => rewriter.Apply(parsed);
        return (options, rewriter.Apply(_parser.Parse(layout)));
    }

    private static string RenderWithFluid(TemplateOptions options, IFluidTemplate template)
    {
        var context = new TemplateContext(options);
        context.SetValue("v", _sample);
        var page = new Utf8PageBuffer();
        template.RenderAsync(page, _encoder, context).AsTask().GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(page.WrittenSpan);
    }
}
