using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Postings from a hiring tool: the page is the tool's API response (or board data rendered into a script), or
/// the page is a tool's board or embeds or links one, whose public API is then read. The outcome names the tool.</summary>
internal sealed partial class HiringToolStrategy(IReadOnlyList<IHiringTool> tools) : IListingStrategy
{
    public const string StrategyName = "hiring-tool";

    /// <summary>Boards tried per page: a page linking several boards is rare, and each try is a request to a third party.</summary>
    private const int MaxBoardsTried = 3;

    /// <summary>Pages of one paginated API read (SmartRecruiters gives 100 postings a page).</summary>
    private const int MaxApiPages = 10;

    /// <summary>Domains per search: one search for all 30 of them runs at a fifth of the speed of three searches of
    /// twelve (6,000 characters of page text: 28 µs against 5 µs), the many values taking it off its vectorized path.</summary>
    private const int DomainsPerSearch = 12;

    /// <summary>Every tool's host domains: a link or script naming none of them is no tool's board.</summary>
    private readonly SearchValues<string>[] _hostDomains = tools.SelectMany(t => t.HostDomains).Distinct(StringComparer.OrdinalIgnoreCase)
        .Chunk(DomainsPerSearch)
        .Select(domains => SearchValues.Create(domains, StringComparison.OrdinalIgnoreCase))
        .ToArray();

    public HiringToolStrategy()
        : this(HiringToolCatalog.All)
    {
    }

    public string Name => StrategyName;

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        var html = page.Format == PageFormat.Html ? await page.HtmlAsync(cancellationToken) : null;
        var onToolHost = NamesToolDomain(page.Url.Host);
        var pageBoards = PageUrlBoards(page.Url, onToolHost);
        for (var i = 0; i < tools.Count; i++)
        {
            var tool = tools[i];
            if (tool is IStreamingHiringTool streaming && Streamed(streaming, page, pageBoards[i], context) is { } streamed)
            {
                return Outcome(tool, streamed.Take(context.MaxPostings), tool.NextPage(page));
            }

            if (tool.IsApiResponse(page))
            {
                var next = tool.NextPage(page);
                // An API page the source's board led to belongs to that board, though its own URL may not name it (JOIN's
                // later pages name the company's number, and only the board knows the slug its postings' pages are under).
                var board = pageBoards[i] ?? tool.Recognize(context.Source.Url);
                // An API that lists everything in one answer is read no further than the run has room for.
                var listed = await CompleteFromDetailApiAsync(tool, tool.Map(page, html, board).Take(context.MaxPostings).ToList(), context, cancellationToken);
                return Outcome(tool, listed, next is null ? [] : [next]);
            }
        }

        // One posting's page on a tool's host is read as a detail page (its JobPosting data), not as the whole board.
        if (tools.Where((t, i) => pageBoards[i] is not null && t.IsPostingPage(page.Url)).Any())
        {
            return null;
        }

        var tried = 0;
        foreach (var (tool, board) in Boards(page, html, pageBoards, onToolHost))
        {
            // A list read by GET at the page's own address was the page, and answered as no list above.
            if (tool.ListRequest(board) is not { } request || (request.JsonBody is null && SameResource(request.Url, page.Url)))
            {
                continue;
            }

            if (++tried > MaxBoardsTried)
            {
                break;
            }

            context.Logger.LogInformation("Source {SourceId}: {HiringTool} board {BoardToken} found on {Url}; reading {ApiUrl}",
                context.Source.Id, tool.Name, board.Token, page.Url, request);
            if (await ReadBoardAsync(tool, board, request, context, cancellationToken) is { } drafts)
            {
                var completed = await CompleteFromDetailApiAsync(tool, drafts, context, cancellationToken);
                return Outcome(tool, completed.Select(d => d with { FoundOn = page.Url }).ToList(), []);
            }
        }

        return null;
    }

    /// <summary>Every hiring-tool board the page is, embeds or links, in document order, each once: for reporting a
    /// board that gave nothing ("a jazzhr board was found").</summary>
    public async Task<IReadOnlyList<HiringToolBoard>> FindBoardsAsync(PageContent page, CancellationToken cancellationToken)
    {
        var html = page.Format == PageFormat.Html ? await page.HtmlAsync(cancellationToken) : null;
        var onToolHost = NamesToolDomain(page.Url.Host);
        return Boards(page, html, PageUrlBoards(page.Url, onToolHost), onToolHost).Select(b => b.Board).ToList();
    }

    /// <summary>The board each tool reads in the page's own URL (or null), in the tools' order: asked once per page. A
    /// host naming none of the tools' domains is below none of them, and a tool recognises no URL on such a host.</summary>
    private HiringToolBoard?[] PageUrlBoards(Uri url, bool onToolHost) =>
        onToolHost ? tools.Select(t => t.Recognize(url)).ToArray() : new HiringToolBoard?[tools.Count];

    private List<(IHiringTool Tool, HiringToolBoard Board)> Boards(PageContent page, IDocument? html, HiringToolBoard?[] pageBoards, bool onToolHost)
    {
        var found = new List<(IHiringTool, HiringToolBoard)>();
        var seen = new HashSet<(string, string)>();

        void Add(IHiringTool tool, HiringToolBoard? board)
        {
            if (board is not null && seen.Add((board.Tool, board.Token.ToLowerInvariant())))
            {
                found.Add((tool, board));
            }
        }

        void AddUrl(Uri? url)
        {
            if (url is null)
            {
                return;
            }

            foreach (var tool in tools)
            {
                Add(tool, tool.Recognize(url));
            }
        }

        for (var i = 0; i < tools.Count; i++)
        {
            Add(tools[i], pageBoards[i]);
        }

        if (html is null)
        {
            return found;
        }

        // A page whose text names no tool's domain links and scripts none (unless it is on a tool's host, where its
        // links may be relative): most pages, which so skip walking their elements. The text is what was parsed, and an
        // inline script's text is in it as written; a domain spelled with character references in an attribute is
        // not something an embed snippet does.
        if (onToolHost || NamesToolDomain(page.Text))
        {
            AddLinkedAndScriptedBoards(page, html, onToolHost, AddUrl);
        }

        foreach (var tool in tools)
        {
            Add(tool, tool.RecognizeEmbed(page, html));
        }

        return found;
    }

    /// <summary>The URLs in the page's elements and inline scripts that name a tool's domain, offered in document
    /// order: every URL attribute first, then the scripts' URLs, as before they were found by one walk.</summary>
    private void AddLinkedAndScriptedBoards(PageContent page, IDocument html, bool onToolHost, Action<Uri?> addUrl)
    {
        // One walk of the elements: each one's attributes in one pass (not a lookup per name), each distinct value
        // resolved and offered to the tools once (a page repeats its links, and every tool looks at every URL), and the
        // inline scripts gathered on the way. A value that names no tool's domain is no tool's URL, unless the page is on
        // a tool's host and the value is relative to it.
        var values = new HashSet<string>(StringComparer.Ordinal);
        List<IElement>? inlineScripts = null;
        foreach (var element in html.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (IsUrlAttribute(attribute.Name) && attribute.Value is { Length: > 0 } value && (onToolHost || NamesToolDomain(value))
                    && values.Add(value))
                {
                    addUrl(Links.Resolve(page.Url, value));
                }
            }

            if (element.LocalName == "script" && !element.HasAttribute("src"))
            {
                (inlineScripts ??= []).Add(element);
            }
        }

        // Embed snippets that build the board's URL in an inline script.
        foreach (var script in inlineScripts ?? [])
        {
            var text = script.TextContent;
            if (!NamesToolDomain(text))
            {
                continue;
            }

            foreach (Match match in AbsoluteUrl().Matches(text.Replace("\\/", "/", StringComparison.Ordinal)))
            {
                if (NamesToolDomain(match.Value))
                {
                    addUrl(Links.Resolve(page.Url, match.Value));
                }
            }
        }
    }

    /// <summary>A link's, a frame's or a script's address, also where a lazy loader, a cache plugin's delayed scripts or
    /// a consent manager moved it into a data attribute until the page is used (<c>data-lazy-src</c>,
    /// <c>data-rocket-src</c>, <c>data-cookieblock-src</c>, <c>data-cmplz-src</c>).</summary>
    private static bool IsUrlAttribute(string name) =>
        name is "href" or "src" or "action" or "data-url" or "data-href" or "data"
        || (name.StartsWith("data-", StringComparison.Ordinal) && name.EndsWith("src", StringComparison.Ordinal));

    /// <summary>The board's postings from its API, following the API's pages; null when it cannot be read or does not
    /// answer as the tool does (a board that moved, a token that was not one), so that other strategies get their turn.</summary>
    private static async Task<List<PostingDraft>?> ReadBoardAsync(
        IHiringTool tool, HiringToolBoard board, ApiRequest first, ExtractionContext context, CancellationToken cancellationToken)
    {
        var drafts = new List<PostingDraft>();
        var pages = 0;
        for (var request = first; request is not null;)
        {
            var fetched = await request.SendAsync(context.Fetcher, cancellationToken);
            if (fetched.Page is not { } answer)
            {
                context.Logger.LogWarning("Source {SourceId}: {HiringTool} board {BoardToken} could not be read at {ApiUrl}: {Reason}",
                    context.Source.Id, tool.Name, board.Token, request, fetched.Failure?.Message);
                return null;
            }

            var response = new PageContent(answer);

            if (!tool.IsApiResponse(response))
            {
                context.Logger.LogWarning("Source {SourceId}: {ApiUrl} did not answer as a {HiringTool} board: {Reason}",
                    context.Source.Id, request, tool.Name, ApiAnswerProblem.Of(response));
                return null;
            }

            var html = response.Format == PageFormat.Html ? await response.HtmlAsync(cancellationToken) : null;
            drafts.AddRange(tool.Map(response, html, board).Take(context.MaxPostings - drafts.Count));
            request = ++pages < MaxApiPages && drafts.Count < context.MaxPostings ? tool.NextRequest(response, request) : null;
        }

        return drafts;
    }

    /// <summary>The drafts, each the listing gave without its ad completed from the tool's detail API where it has one
    /// (bounded by <see cref="ExtractionContext.MaxDetailRequests"/>, through the same polite fetcher); a detail that
    /// cannot be read leaves the listing's draft as it was.</summary>
    private static async Task<IReadOnlyList<PostingDraft>> CompleteFromDetailApiAsync(
        IHiringTool tool, IReadOnlyList<PostingDraft> drafts, ExtractionContext context, CancellationToken cancellationToken)
    {
        var completed = drafts.ToList();
        var requests = 0;
        for (var i = 0; i < completed.Count; i++)
        {
            if (completed[i].DescriptionHtml is not null || tool.DetailApiUrl(completed[i]) is not { } detailUrl)
            {
                continue;
            }

            if (++requests > context.MaxDetailRequests)
            {
                context.Logger.LogWarning("Source {SourceId}: {HiringTool} detail limit of {Limit} reached; the remaining postings keep their listing fields",
                    context.Source.Id, tool.Name, context.MaxDetailRequests);
                break;
            }

            var fetched = await context.Fetcher.TryFetchAsync(detailUrl, cancellationToken);
            if (fetched.Page is not { } answer)
            {
                context.Logger.LogWarning("Source {SourceId}: {HiringTool} posting {ApiUrl} could not be read: {Reason}",
                    context.Source.Id, tool.Name, detailUrl, fetched.Failure?.Message);
                continue;
            }

            var response = new PageContent(answer);
            if (tool.MapDetail(response) is { } detail)
            {
                completed[i] = completed[i].CompletedBy(detail);
            }
            else
            {
                context.Logger.LogWarning("Source {SourceId}: {HiringTool} posting {ApiUrl} did not answer as one: {Reason}",
                    context.Source.Id, tool.Name, detailUrl, ApiAnswerProblem.Of(response));
            }
        }

        return completed;
    }

    /// <summary>The answer's postings read one at a time, or null when the tool reads it as a whole (a page that is
    /// not valid JSON is told in the log, with where it breaks, and then read as before).</summary>
    private static StreamedDrafts? Streamed(IStreamingHiringTool tool, PageContent page, HiringToolBoard? pageBoard, ExtractionContext context)
    {
        try
        {
            return tool.Stream(page, pageBoard);
        }
        catch (MalformedJsonException e)
        {
            context.Logger.LogWarning("Source {SourceId}: {HiringTool} answer {Url} cannot be read as a board: {Reason}",
                context.Source.Id, tool.Name, page.Url, e.Message);
            return null;
        }
    }

    /// <summary>A streamed answer's outcome: its drafts are still made one at a time, each with its pay sentence.</summary>
    private static StrategyOutcome Outcome(IHiringTool tool, StreamedDrafts drafts, Uri? next) =>
        new(drafts.Select(WithTextFields), tool.Name, next is null ? [] : [next], drafts.Complete, tool.ListsThroughApi ? ListingKind.ApiOrFeed : ListingKind.HtmlPage);

    /// <summary>The pay sentence of the ad where the API has no pay field, and the hours a title states ("Reentry
    /// Navigator (Part-Time)") where it has no type.</summary>
    private static PostingDraft WithTextFields(PostingDraft draft)
    {
        var withPay = draft.Salary is null && draft.SalaryText is null ? draft with { SalaryText = PayInText.Sentence(draft.DescriptionHtml) } : draft;
        return withPay.EmploymentType is null && withPay.Title is { } title && FieldLabels.HoursIn(title) is { } hours
            ? withPay with { EmploymentType = hours }
            : withPay;
    }

    /// <summary>The tool's postings, with the pay sentence of the ad where the API has no pay field; complete when the
    /// tool gave every posting's full ad, so detail pages need not be fetched.</summary>
    private static StrategyOutcome Outcome(IHiringTool tool, IReadOnlyList<PostingDraft> drafts, IReadOnlyList<Uri> nextPages)
    {
        var withPay = drafts.Select(WithTextFields).ToList();
        return new StrategyOutcome(
            withPay,
            tool.Name,
            nextPages,
            Complete: withPay.All(d => d.DescriptionHtml is not null),
            tool.ListsThroughApi ? ListingKind.ApiOrFeed : ListingKind.HtmlPage);
    }

    private bool NamesToolDomain(string text)
    {
        foreach (var domains in _hostDomains)
        {
            if (text.AsSpan().ContainsAny(domains))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameResource(Uri a, Uri b) =>
        string.Equals(a.GetLeftPart(UriPartial.Path).TrimEnd('/'), b.GetLeftPart(UriPartial.Path).TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && a.Query == b.Query;

    [GeneratedRegex(@"https?://[^\s""'<>()\\]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();
}
