using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>What the heuristics work out about a parsed page's elements, kept once per document: each element's text,
/// whether it is the site's furniture, the links, headings and tables the shapes look for, the name the page gives
/// its owner and the classes its style sheet makes emphasis of. The shapes of a listing ask the same questions of the same elements (a card's text for its title, its
/// fields and its score; every ancestor of every link for furniture), and a parsed page does not change.</summary>
/// <remarks>Only nodes inside the document are remembered: a detached copy (a block assembled from siblings, a
/// description with its chrome removed) is built and changed by the code that reads it, so it is always worked out
/// afresh. The memo is used only on the thread that made it, without a lock (a lock per question cost more than most
/// answers): a page's heuristics run on one thread, and another thread asking about the same page works its answers
/// out afresh.</remarks>
internal sealed class PageMemo
{
    private static readonly ConditionalWeakTable<IDocument, PageMemo> Memos = new();

    private readonly Dictionary<INode, string?> _texts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, bool> _furniture = new(ReferenceEqualityComparer.Instance);
    private readonly List<IElement> _chain = [];
    private readonly int _thread = Environment.CurrentManagedThreadId;
    private IElement? _mainContent;
    private bool _mainContentFound;
    private string? _siteName;
    private bool _siteNameFound;
    private PageElements? _elements;
    private StyleSheetEmphasis.Classes? _emphasisClasses;

    /// <summary>The memo of the document the node belongs to; null for a node that has none.</summary>
    public static PageMemo? Of(INode node) => node.Owner is { } document ? Of(document) : null;

    /// <summary>The memo of the document itself (a document has no owner).</summary>
    public static PageMemo Of(IDocument document) => Memos.GetValue(document, _ => new PageMemo());

    /// <summary>What <see cref="Heuristics.PlainText.Of"/> gives for a node of the page <paramref name="memo"/> is the memo
    /// of (<see cref="Of"/>), without looking the memo up again: for the many questions one walk of a page asks.</summary>
    public static string? PlainText(INode node, PageMemo? memo) =>
        memo is null ? HtmlToText.Collapsed(node) : memo.Text(node, HtmlToText.Collapsed);

    /// <summary>The node's text, worked out by <paramref name="compute"/> once for a node inside the document.</summary>
    public string? Text(INode node, Func<INode, string?> compute)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            return compute(node);
        }

        if (_texts.TryGetValue(node, out var known))
        {
            return known;
        }

        var text = compute(node);
        if (IsAttached(node))
        {
            _texts[node] = text;
        }

        return text;
    }

    /// <summary>The page's main content, found by <paramref name="find"/> once.</summary>
    public IElement? MainContent(IDocument document, Func<IDocument, IElement?> find) =>
        Once(ref _mainContent, ref _mainContentFound, document, find);

    /// <summary>The name the page gives its owner, found by <paramref name="find"/> once: a listing asks it for its
    /// postings and again for the source's configured organisation.</summary>
    public string? SiteName(IDocument document, Func<IDocument, string?> find) =>
        Once(ref _siteName, ref _siteNameFound, document, find);

    /// <summary>The page's links, headings and tables, collected by <paramref name="collect"/> once.</summary>
    public PageElements Elements(IDocument document, Func<IDocument, PageElements> collect)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            return collect(document);
        }

        return _elements ??= collect(document);
    }

    /// <summary>The classes the page's own style sheet makes emphasis of, read by <paramref name="read"/> once.</summary>
    public StyleSheetEmphasis.Classes EmphasisClasses(IDocument document, Func<IDocument, StyleSheetEmphasis.Classes> read)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            return read(document);
        }

        return _emphasisClasses ??= read(document);
    }

    /// <summary>Whether the element or one of its ancestors below <c>&lt;body&gt;</c> is furniture by
    /// <paramref name="marksFurniture"/>, each ancestor judged once per document.</summary>
    public bool IsFurniture(IElement element, Func<IElement, bool> marksFurniture)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            return JudgedAfresh(element, marksFurniture);
        }

        _chain.Clear();
        bool? above = null;
        IElement? top = null;
        for (var e = element; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            if (_furniture.TryGetValue(e, out var known))
            {
                above = known;
                break;
            }

            _chain.Add(e);
            top = e;
        }

        // A remembered ancestor is inside the document; otherwise the chain reaches <body> or the top of its tree.
        var attached = above is not null || (top is null ? IsAttached(element) : IsAttached(top));
        var furniture = above ?? false;
        for (var i = _chain.Count - 1; i >= 0; i--)
        {
            furniture = furniture || marksFurniture(_chain[i]);
            if (attached)
            {
                _furniture[_chain[i]] = furniture;
            }
        }

        _chain.Clear();
        return furniture;
    }

    private T Once<T>(ref T value, ref bool found, IDocument document, Func<IDocument, T> find)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            return find(document);
        }

        if (!found)
        {
            value = find(document);
            found = true;
        }

        return value;
    }

    /// <summary>The same judgement without the memo, as <see cref="IsFurniture"/> makes it: each ancestor from the top
    /// down, stopping at the first that is furniture.</summary>
    private static bool JudgedAfresh(IElement element, Func<IElement, bool> marksFurniture)
    {
        var chain = new List<IElement>();
        for (var e = element; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            chain.Add(e);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            if (marksFurniture(chain[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAttached(INode node)
    {
        var top = node;
        while (top.Parent is { } parent)
        {
            top = parent;
        }

        return top is IDocument;
    }
}
