using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The votes of a page's posting links for the blocks around them (<see cref="RepeatedBlocks"/>): each link
/// votes for itself and its ancestors up to <see cref="MaxClimb"/> levels above it, below <c>&lt;body&gt;</c>; a block
/// falls in the group of its parent's shape and its own. The winning group has the most innermost blocks voted for by
/// links to exactly one URL; among equals the shallowest, then the first found.</summary>
/// <remarks>Votes arrive in document order, each link with its depth (<see cref="PageElements"/>): the links below one
/// ancestor come one after another, so each depth keeps its element's shape and block, looked up in no table. URLs are
/// numbered once each (<see cref="Uri.Equals(object)"/>, fragment ignored), so a block keeps one number instead of a
/// set.</remarks>
internal sealed class BlockVotes(BlockShapes shapes)
{
    private const int MaxClimb = 8;
    private const int MinBlocks = 2;
    private const int NoUrl = -1;
    private const int SeveralUrls = -2;

    private readonly Dictionary<Uri, int> _urls = [];
    private readonly Dictionary<long, Group> _groupsByShapes = [];
    private readonly List<Group> _groups = [];
    private Level[] _levels = new Level[32];

    /// <summary>A link to <paramref name="url"/>, <paramref name="depth"/> elements below the page's root element, votes
    /// for itself and its ancestors.</summary>
    public void Add(IElement link, int depth, Uri url)
    {
        if (!_urls.TryGetValue(url, out var urlNumber))
        {
            _urls[url] = urlNumber = _urls.Count;
        }

        if (depth >= _levels.Length)
        {
            Array.Resize(ref _levels, Math.Max(depth + 1, _levels.Length * 2));
        }

        var element = link;
        for (var level = 0; level <= MaxClimb && depth >= 1; level++, depth--)
        {
            if (element.LocalName == "body")
            {
                break;
            }

            BlockAt(element, depth).Vote(urlNumber);
            element = element.ParentElement!;
        }
    }

    /// <summary>The innermost blocks of the winning group, in the order they were first voted for; null when no group
    /// has <see cref="MinBlocks"/> blocks with one URL each.</summary>
    public List<IElement>? Winner()
    {
        List<IElement>? winner = null;
        int winnerScore = 0, winnerDepth = 0;
        foreach (var group in _groups)
        {
            // The innermost blocks are some of the group's blocks: a group without enough single-URL blocks cannot win.
            if (group.SingleUrlBlocks < MinBlocks)
            {
                continue;
            }

            var innermost = Innermost(group.Blocks);
            var score = 0;
            var depth = int.MaxValue;
            foreach (var block in innermost)
            {
                score += block.Url >= 0 ? 1 : 0;
                depth = Math.Min(depth, block.Depth);
            }

            if (score >= MinBlocks && (winner is null || score > winnerScore || (score == winnerScore && depth < winnerDepth)))
            {
                winner = innermost.ConvertAll(b => b.Element);
                winnerScore = score;
                winnerDepth = depth;
            }
        }

        return winner;
    }

    /// <summary>The block of <paramref name="element"/>, <paramref name="depth"/> elements below the root, made on the
    /// first vote.</summary>
    private Block BlockAt(IElement element, int depth)
    {
        ref var level = ref LevelAt(element, depth);
        if (level.Block is { } known)
        {
            return known;
        }

        // An element below the root has a parent.
        var key = ((long)ShapeAt(element.ParentElement!, depth - 1) << 32) | (uint)ShapeAt(element, depth);
        if (!_groupsByShapes.TryGetValue(key, out var group))
        {
            _groupsByShapes[key] = group = new Group();
            _groups.Add(group);
        }

        level.Block = new Block(element, depth, group);
        group.Blocks.Add(level.Block);
        return level.Block;
    }

    private int ShapeAt(IElement element, int depth)
    {
        ref var level = ref LevelAt(element, depth);
        if (level.Shape < 0)
        {
            level.Shape = shapes.Of(element);
        }

        return level.Shape;
    }

    /// <summary>What is known of the element at <paramref name="depth"/>; forgotten when another element at that depth
    /// is asked about.</summary>
    private ref Level LevelAt(IElement element, int depth)
    {
        ref var level = ref _levels[depth];
        if (!ReferenceEquals(level.Element, element))
        {
            level = new Level { Element = element, Shape = -1 };
        }

        return ref level;
    }

    /// <summary>Blocks that do not contain another block of the group (nested anonymous <c>&lt;div&gt;</c>s would
    /// otherwise count twice).</summary>
    private static List<Block> Innermost(List<Block> blocks)
    {
        var elements = new HashSet<IElement>(blocks.Count, ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            elements.Add(block.Element);
        }

        // A block is outer when it is a proper ancestor of another block: mark the ancestors of each block.
        HashSet<IElement>? outer = null;
        foreach (var block in blocks)
        {
            for (var ancestor = block.Element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
            {
                if (elements.Contains(ancestor))
                {
                    (outer ??= new HashSet<IElement>(ReferenceEqualityComparer.Instance)).Add(ancestor);
                }
            }
        }

        return outer is null ? blocks : blocks.FindAll(b => !outer.Contains(b.Element));
    }

    private struct Level
    {
        public IElement? Element;
        public int Shape;
        public Block? Block;
    }

    private sealed class Group
    {
        public List<Block> Blocks { get; } = [];

        public int SingleUrlBlocks { get; set; }
    }

    private sealed class Block(IElement element, int depth, Group group)
    {
        public IElement Element => element;

        /// <summary>Elements above it, <c>&lt;html&gt;</c> being 0.</summary>
        public int Depth => depth;

        /// <summary>The number of the one URL its links lead to; <see cref="NoUrl"/> or <see cref="SeveralUrls"/>.</summary>
        public int Url { get; private set; } = NoUrl;

        public void Vote(int url)
        {
            if (Url == NoUrl)
            {
                Url = url;
                group.SingleUrlBlocks++;
            }
            else if (Url >= 0 && Url != url)
            {
                Url = SeveralUrls;
                group.SingleUrlBlocks--;
            }
        }
    }
}
