using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>What holds one opening of <see cref="OpeningBlocks"/>: the largest ancestor of its title that holds no
/// other title of the group, or, when the titles are siblings, what follows the title up to the next title or heading.</summary>
/// <remarks>Every title of every group is scored by its block's text and links, but only the winning group's blocks
/// are read for fields. A run of siblings is scored and read where it stands, as an element holding copies of it would
/// be: nothing is copied.</remarks>
internal sealed class OpeningBlock
{
    private readonly IElement? _element;
    private readonly List<IElement> _run;
    private readonly Dictionary<IElement, int>? _holding;
    private readonly IElement? _title;
    private readonly INode? _linesEnd;
    private string? _runText;
    private bool _runTextRead;

    private OpeningBlock(IElement? element, List<IElement> run, Dictionary<IElement, int>? holding = null, IElement? title = null, INode? linesEnd = null)
    {
        _element = element;
        _run = run;
        _holding = holding;
        _title = title;
        _linesEnd = linesEnd;
    }

    /// <summary>The fields the block states besides its title (<see cref="BlockFields"/>): the ancestor read without
    /// the title, or the run, which never holds it.</summary>
    /// <remarks>A page builder's widget holding nothing but the title (Wix's rich-text element, a column) heads the
    /// widgets after it, up to the next title or heading: the opening's facts stand there. Asked only of the openings
    /// read, not of every title scored.</remarks>
    public PostingDraft Fields(IElement title)
    {
        if (_element is null)
        {
            return BlockFields.ReadRun(_run);
        }

        return _holding is not null && _element != title && WrapsOnly(_element, title) && FollowingRun(_element, _holding) is { Count: > 0 } facts
            ? BlockFields.ReadRun(facts)
            : BlockFields.Read(_element, title);
    }

    /// <summary>A closing date the paragraph ending a run of facts after its list states to every applicant
    /// (<see cref="ClosingSentences.ToAllAfterList"/>); null for a block that is an element.</summary>
    /// <remarks>A bold line's block (<see cref="BoldLineTitles"/>) reads the lines after it in its container.</remarks>
    public string? ClosingToAll() =>
        _linesEnd is not null ? BoldLineTitles.ClosingAfter(_linesEnd) : _element is null ? ClosingSentences.ToAllAfterList(_run) : null;

    /// <summary>The block an element holds whole (a tab's pane, away from its title).</summary>
    public static OpeningBlock Holding(IElement element) => new(element, []);

    public static OpeningBlock Of(IElement title, List<IElement> group, Dictionary<IElement, int> holding)
    {
        // The group's titles in an ancestor of this title, less the title itself (listed once or more).
        var itself = 0;
        foreach (var other in group)
        {
            itself += other == title ? 1 : 0;
        }

        var block = title;
        while (block.ParentElement is { } parent && parent.LocalName is not ("main" or "body" or "article" or "section")
            && holding.GetValueOrDefault(parent) - itself == 0)
        {
            block = parent;
        }

        if (block != title && block.LocalName == "p" && HoldsOnly(block, title))
        {
            // A paragraph that is only its bold title heads the paragraphs after it, up to the next title or heading.
            return new OpeningBlock(null, FollowingRun(block, holding));
        }

        if (block == title && title.LocalName == "p" && OpeningBlocks.LabelledTitle(title) is not null)
        {
            // "Puesto: Abogado/a" heads the labelled paragraphs after it, up to the next such title or a rule.
            return new OpeningBlock(null, FollowingRun(title, holding));
        }

        if (block == title && title.LocalName == "dt")
        {
            // A definition list's term: its definitions up to the next term hold the opening's facts.
            return new OpeningBlock(null, ElementWalk.Definitions(title));
        }

        if (block != title && HeadedAbove(block, title))
        {
            return new OpeningBlock(null, After(title, block));
        }

        if (block == title && BoldLineTitles.IsTitle(title))
        {
            // A bold line of a post body heads the lines after it, which are no element's: they are read from copies.
            var lines = BoldLineTitles.LinesAfter(title, e => holding.GetValueOrDefault(e) > 0);
            return new OpeningBlock(BoldLineTitles.Holder(title, lines), [], linesEnd: lines.Count > 0 ? lines[^1] : title);
        }

        if (block != title || title.LocalName == "a" || ElementWalk.IsBold(title))
        {
            return new OpeningBlock(block == title && title.ParentElement is { LocalName: "li" } item ? item : block, [], holding, title);
        }

        var run = new List<IElement>();
        for (var next = title.NextElementSibling; next is not null && !IsBoundary(next, title, holding); next = next.NextElementSibling)
        {
            run.Add(next);
        }

        return new OpeningBlock(null, run);
    }

    /// <summary>Whether a heading of a higher rank than the title stands before it in its block (a builder's text block
    /// holding the page's "Employment Opportunities" h1, its intro and the first opening's h3): what precedes the title
    /// there belongs to that heading's section, not to the opening.</summary>
    public static bool HeadedAbove(IElement block, IElement title)
    {
        var level = Level(title);
        if (level == 7)
        {
            return false;
        }

        for (var inner = title; inner != block && inner.ParentElement is { } outer; inner = outer)
        {
            for (var before = inner.PreviousElementSibling; before is not null; before = before.PreviousElementSibling)
            {
                if (Level(before) < level || ElementWalk.FirstDescendant(before, e => Level(e) < level) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What follows the title inside its block: the title's next siblings, then each ancestor's up to the block.</summary>
    private static List<IElement> After(IElement title, IElement block)
    {
        var run = new List<IElement>();
        for (var inner = title; inner != block && inner.ParentElement is { } outer; inner = outer)
        {
            for (var next = inner.NextElementSibling; next is not null; next = next.NextElementSibling)
            {
                run.Add(next);
            }
        }

        return run;
    }

    /// <summary>The block's text, as <see cref="PlainText.Of"/> gives it for the ancestor or for an element holding copies
    /// of the run; a run's text is made once, as the scoring and the winners' closed test both ask for it.</summary>
    public string? Text()
    {
        if (_element is not null)
        {
            return PlainText.Of(_element);
        }

        if (!_runTextRead)
        {
            _runText = HtmlToText.CollapsedRun(_run);
            _runTextRead = true;
        }

        return _runText;
    }

    /// <summary>The block's first descendant that <paramref name="matches"/>, in document order; for a widget holding
    /// nothing but the title, in the widgets after it that <see cref="Fields"/> reads.</summary>
    public IElement? FirstDescendant(Func<IElement, bool> matches)
    {
        if (_element is not null)
        {
            return ElementWalk.FirstDescendant(_element, matches)
                ?? (_holding is not null && _title is not null && _element != _title && WrapsOnly(_element, _title)
                    ? FirstIn(FollowingRun(_element, _holding), matches)
                    : null)
                ?? (_holding is not null && ButtonsAfter(_element, _holding) is { } buttons ? FirstIn([buttons], matches) : null);
        }

        return FirstIn(_run, matches);
    }

    private static IElement? FirstIn(List<IElement> run, Func<IElement, bool> matches)
    {
        foreach (var sibling in run)
        {
            if (matches(sibling))
            {
                return sibling;
            }

            if (ElementWalk.FirstDescendant(sibling, matches) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The button bar right after a block, holding no title (a page builder's buttons widget after its text
    /// widget: Carrd's <c>&lt;ul class="buttons"&gt;</c>, a Squarespace button block): an element whose text is all in its one
    /// or two links; null when the next element is anything else.</summary>
    private static IElement? ButtonsAfter(IElement block, Dictionary<IElement, int> holding)
    {
        if (block.NextElementSibling is not { } next || holding.GetValueOrDefault(next) > 0 || ElementWalk.IsHeading(next))
        {
            return null;
        }

        var links = ElementWalk.IsLink(next) ? 1 : 0;
        foreach (var element in ElementWalk.Descendants(next))
        {
            links += ElementWalk.IsLink(element) ? 1 : 0;
        }

        return links is 1 or 2 && PlainText.Of(next) is { Length: <= MaxButtonBarLength } text
            && LinkTextLength(next) >= text.Length - links ? next : null;
    }

    private const int MaxButtonBarLength = 80;

    /// <summary>The length of the text of the element's links, each trimmed.</summary>
    private static int LinkTextLength(IElement element)
    {
        var length = ElementWalk.IsLink(element) ? PlainText.Of(element)?.Length ?? 0 : 0;
        foreach (var link in ElementWalk.Descendants(element))
        {
            if (ElementWalk.IsLink(link) && PlainText.Of(link) is { } text)
            {
                length += text.Length;
            }
        }

        return length;
    }

    /// <summary>Whether the element's text is all in <paramref name="inner"/>: no text of its own beside it.</summary>
    public static bool HoldsOnly(IElement element, IElement inner)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node != inner && node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether each element from <paramref name="block"/> down to <paramref name="title"/> holds nothing but the
    /// next one down (whitespace and comments aside).</summary>
    private static bool WrapsOnly(IElement block, IElement title)
    {
        for (var inner = title; inner != block && inner.ParentElement is { } outer; inner = outer)
        {
            for (var node = outer.FirstChild; node is not null; node = node.NextSibling)
            {
                if (node != inner && (node is IElement || (node is IText text && !string.IsNullOrWhiteSpace(text.Data))))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static List<IElement> FollowingRun(IElement block, Dictionary<IElement, int> holding)
    {
        var run = new List<IElement>();
        for (var next = block.NextElementSibling; next is not null && !IsParagraphBoundary(next, holding); next = next.NextElementSibling)
        {
            run.Add(next);
        }

        return run;
    }

    /// <summary>The next title or heading, a rule, or a paragraph that is nothing but bold text ("&lt;p&gt;&lt;strong&gt;Ehrenamt&lt;/strong&gt;&lt;/p&gt;"),
    /// which heads a part of its own even when it names no opening.</summary>
    private static bool IsParagraphBoundary(IElement element, Dictionary<IElement, int> holding) =>
        holding.GetValueOrDefault(element) > 0 || ElementWalk.IsHeading(element) || element.LocalName == "hr"
        || (element.LocalName == "p" && ElementWalk.OnlyBoldLine(element) is not null)
        || ElementWalk.FirstDescendant(element, ElementWalk.IsHeading) is not null;

    private static bool IsBoundary(IElement element, IElement title, Dictionary<IElement, int> holding) =>
        holding.GetValueOrDefault(element) > 0
        || (Level(element) <= Level(title))
        || ElementWalk.FirstDescendant(element, ElementWalk.IsHeading) is { } inner && Level(inner) <= Level(title);

    /// <summary>A heading's level; 7 for any other element.</summary>
    public static int Level(IElement element) =>
        element.LocalName is ['h', var digit] && char.IsDigit(digit) ? digit - '0' : 7;
}
