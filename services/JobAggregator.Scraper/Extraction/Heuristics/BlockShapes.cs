using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The shapes of a page's elements, as numbers: tag and classes, with the classes that carry numbers
/// (<c>post-4121</c>) or mark one card's state dropped, so that the cards of a listing share one shape. Two elements
/// have the same number when their shapes, written <c>tag.class.class</c> with the classes in order, are the same text.
/// </summary>
/// <remarks>The cards of a listing repeat a few class attributes many times: each distinct attribute is split and
/// filtered once, and each distinct tag and classes pair written once, instead of a shape text made per element.</remarks>
internal sealed partial class BlockShapes
{
    private readonly Dictionary<string, int> _tags = [];
    private readonly List<string> _tagNames = [];
    private readonly Dictionary<string, int> _classAttributes = [];
    private readonly Dictionary<string, int> _classLists = [];
    private readonly List<string> _classListTexts = [];
    private readonly Dictionary<long, int> _pairs = [];
    private readonly Dictionary<string, int> _shapes = [];

    public int Of(IElement element)
    {
        var tag = IdOf(element.LocalName, _tags, _tagNames);
        var classes = ClassListOf(element.ClassName);
        var pair = ((long)tag << 32) | (uint)classes;
        if (!_pairs.TryGetValue(pair, out var shape))
        {
            var text = _tagNames[tag] + "." + _classListTexts[classes];
            if (!_shapes.TryGetValue(text, out shape))
            {
                _shapes[text] = shape = _shapes.Count;
            }

            _pairs[pair] = shape;
        }

        return shape;
    }

    private int ClassListOf(string? classAttribute)
    {
        var attribute = classAttribute ?? "";
        if (!_classAttributes.TryGetValue(attribute, out var classes))
        {
            _classAttributes[attribute] = classes = IdOf(ClassList(attribute), _classLists, _classListTexts);
        }

        return classes;
    }

    private static int IdOf(string text, Dictionary<string, int> ids, List<string> texts)
    {
        if (!ids.TryGetValue(text, out var id))
        {
            ids[text] = id = texts.Count;
            texts.Add(text);
        }

        return id;
    }

    /// <summary>The classes that name the element's kind (split at single spaces), in ordinal order, joined by dots.
    /// </summary>
    private static string ClassList(string classAttribute)
    {
        List<string>? kept = null;
        var classes = classAttribute.AsSpan();
        var start = 0;
        while (start < classes.Length)
        {
            var length = classes[start..].IndexOf(' ');
            length = length < 0 ? classes.Length - start : length;
            if (length > 0 && NamesKind(classes.Slice(start, length)))
            {
                if (length == classes.Length)
                {
                    return classAttribute;
                }

                (kept ??= []).Add(classAttribute.Substring(start, length));
            }

            start += length + 1;
        }

        if (kept is null)
        {
            return "";
        }

        kept.Sort(StringComparer.Ordinal);
        return string.Join('.', kept);
    }

    /// <summary>Not a class carrying a number (a decimal digit, as <c>\d</c> finds one) nor one marking a state
    /// (<see cref="Stateful"/>);
    /// the state pattern is tried only on a class of a length it can match (its words are 3 to 8 letters, its
    /// prefixes end in a dash at the third or fourth letter, and a modifier follows a double dash).</summary>
    private static bool NamesKind(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (char.IsDigit(c))
            {
                return false;
            }
        }

        var mayBeStateful = name.Length is >= 3 and <= 8 || (name.Length > 8 && (name[2] == '-' || name[3] == '-' || name.Contains("--", StringComparison.Ordinal)));
        return !(mayBeStateful && Stateful().IsMatch(name)) && !EndsWithPosition(name) && !IsPrefixedState(name);
    }

    /// <summary>A plugin's state class, its prefix before a dash or underscore ("wpjb-featured", "job_listing-featured",
    /// "post-sticky"): one row of a WPJobBoard grid is featured, and still one of the listing's rows.</summary>
    private static bool IsPrefixedState(ReadOnlySpan<char> name)
    {
        var dash = name.LastIndexOfAny('-', '_');
        if (dash <= 0)
        {
            return false;
        }

        var state = name[(dash + 1)..];
        foreach (var word in PrefixedStateWords)
        {
            if (state.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The states <see cref="IsPrefixedState"/> reads after a prefix: a promotion, which <see cref="Stateful"/>
    /// reads alone or as a modifier; not "-new", "-open" or "-active", which may name a kind after one ("whats-new").</summary>
    private static readonly string[] PrefixedStateWords = ["featured", "sticky", "highlighted", "promoted"];

    /// <summary>A class that numbers a row's place among its siblings by its suffix, as Drupal's views do
    /// ("views-row-odd", "views-row-first", "views-row-last").</summary>
    private static bool EndsWithPosition(ReadOnlySpan<char> name) =>
        name.EndsWith("-odd", StringComparison.Ordinal) || name.EndsWith("-even", StringComparison.Ordinal)
        || name.EndsWith("-first", StringComparison.Ordinal) || name.EndsWith("-last", StringComparison.Ordinal);

    /// <summary>Classes that mark one card's state, not its kind: "is-active", "first", "odd", "featured", "closed", and
    /// a state as a modifier ("job--closed", "card--featured"): a filled position's card is still one of the listing's.</summary>
    [GeneratedRegex(@"^(?:is-|has-)|(?:^|--)(?:active|current|first|last|odd|even|featured|sticky|selected|hidden|visible|new|open|closed|filled|expired)$", RegexOptions.IgnoreCase)]
    private static partial Regex Stateful();
}
