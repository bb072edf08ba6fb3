using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The descendants of a root in document order, as <see cref="ElementWalk.Descendants"/> lists them, with the
/// current element's ancestors at hand down from the root, so that what holds for an ancestor is worked out once for
/// everything below it. Whether the current element is the site's furniture (<see cref="PageRegions.IsBoilerplate"/>)
/// is judged along the path: furniture(e) = e is <c>&lt;body&gt;</c> ? no : furniture(parent) or e marks furniture,
/// each ancestor judged at most once and only when an element below it is asked about.</summary>
/// <remarks>Children are read by index from each element's child nodes: AngleSharp finds an element's next sibling by
/// searching its parent's children, which costs a walk of every sibling list its length again. Keeping the judgement on
/// the path costs no lookup per element, where remembering it per element in a table cost more than judging.</remarks>
internal sealed class PathWalk
{
    private const int InitialDepth = 32;

    private IElement[] _path = new IElement[InitialDepth];
    private INodeList[] _children = new INodeList[InitialDepth];
    private int[] _nextChild = new int[InitialDepth];
    private Furniture[] _furniture = new Furniture[InitialDepth];
    private int _depth;

    public PathWalk(IElement root)
    {
        _path[0] = root;
        _children[0] = root.ChildNodes;
        _furniture[0] = root.LocalName == "body" ? Furniture.No : Furniture.Unjudged;
    }

    private enum Furniture : byte
    {
        Unjudged,
        No,
        Yes,
    }

    /// <summary>The element the walk is at; the root before the first <see cref="MoveNext"/>.</summary>
    public IElement Current => _path[_depth];

    /// <summary>How many elements the current element is below the root.</summary>
    public int Depth => _depth;

    /// <summary>The current element's ancestor <paramref name="depth"/> elements below the root (0 is the root,
    /// <see cref="Depth"/> the current element).</summary>
    public IElement At(int depth) => _path[depth];

    /// <summary>Moves to the next element in document order: the current element's first child, else the next sibling
    /// of it or of its nearest ancestor that has one below the root.</summary>
    public bool MoveNext()
    {
        while (_depth >= 0)
        {
            var children = _children[_depth];
            var count = children.Length;
            for (var i = _nextChild[_depth]; i < count; i++)
            {
                if (children[i] is Element child)
                {
                    _nextChild[_depth] = i + 1;
                    Enter(child);
                    return true;
                }
            }

            _depth--;
        }

        return false;
    }

    /// <summary>Leaves the current element's descendants out: the walk goes on after it.</summary>
    public void SkipChildren() => _nextChild[_depth] = _children[_depth].Length;

    /// <summary>Whether the current element is furniture or inside furniture below <c>&lt;body&gt;</c>, as
    /// <see cref="PageRegions.IsBoilerplate"/> judges it.</summary>
    public bool IsFurniture()
    {
        var judged = _depth;
        while (_furniture[judged] == Furniture.Unjudged && judged > 0)
        {
            judged--;
        }

        if (_furniture[judged] == Furniture.Unjudged)
        {
            // The root's ancestors are above the walk: judge it as a whole.
            _furniture[judged] = PageRegions.IsBoilerplate(_path[judged]) ? Furniture.Yes : Furniture.No;
        }

        for (var depth = judged + 1; depth <= _depth; depth++)
        {
            _furniture[depth] = _furniture[depth - 1] == Furniture.Yes || PageRegions.MarksFurniture(_path[depth]) ? Furniture.Yes : Furniture.No;
        }

        return _furniture[_depth] == Furniture.Yes;
    }

    /// <summary>Leaves the furniture the current element is in (after <see cref="IsFurniture"/> said it is): the walk
    /// goes on after its outermost furniture ancestor below the root, whose elements are all furniture. Only a
    /// <c>&lt;body&gt;</c> ends furniture, and a parsed document has one, below its root.</summary>
    public void SkipFurniture()
    {
        var outermost = _depth;
        while (outermost > 1 && _furniture[outermost - 1] == Furniture.Yes)
        {
            outermost--;
        }

        _depth = outermost - 1;
    }

    private void Enter(IElement element)
    {
        var depth = _depth + 1;
        if (depth == _path.Length)
        {
            Array.Resize(ref _path, depth * 2);
            Array.Resize(ref _children, depth * 2);
            Array.Resize(ref _nextChild, depth * 2);
            Array.Resize(ref _furniture, depth * 2);
        }

        _path[depth] = element;
        _children[depth] = element.ChildNodes;
        _nextChild[depth] = 0;
        _furniture[depth] = element.LocalName == "body" ? Furniture.No
            : _furniture[depth - 1] == Furniture.Yes ? Furniture.Yes
            : Furniture.Unjudged;
        _depth = depth;
    }
}
