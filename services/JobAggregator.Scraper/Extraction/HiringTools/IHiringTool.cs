using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>One hiring tool: how its boards show up on pages, where its public job-board API is, and how that API's
/// fields map to postings.</summary>
internal interface IHiringTool
{
    /// <summary>The tool's name, recorded as the strategy that found the postings.</summary>
    string Name { get; }

    /// <summary>The tool's postings come from its JSON or XML API, which lists every open posting: one missing from it
    /// has closed. False for a tool read from its HTML pages (a board page, data rendered into a script), which are
    /// trusted no more than any web page.</summary>
    bool ListsThroughApi { get; }

    /// <summary>The domains of every host <see cref="Recognize"/> knows: a URL whose host is not one of them or below
    /// one is none of the tool's, so a page's links are passed over without being made into URLs.</summary>
    IReadOnlyList<string> HostDomains { get; }

    /// <summary>The board a URL on the tool's own hosts belongs to (a board, posting, embed or API URL), else null.</summary>
    HiringToolBoard? Recognize(Uri url);

    /// <summary>A board an HTML page embeds in ways a plain URL does not show (a data attribute, an account name in an
    /// inline script); links and script sources are read by <see cref="Recognize"/>.</summary>
    HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html);

    /// <summary>True when <paramref name="url"/> is one posting's page on the tool's own hosts: it is read as a detail
    /// page (its JobPosting data), not as the whole board.</summary>
    bool IsPostingPage(Uri url);

    /// <summary>True when the page is this tool's API response (or board data the tool renders into a page), told from
    /// its URL or its content: a saved file may come with any base URL.</summary>
    bool IsApiResponse(PageContent page);

    /// <summary>Where the board's postings can be read without a browser, or null when the tool has no public way.</summary>
    Uri? ApiUrl(HiringToolBoard board);

    /// <summary>How the board's list is asked for: a GET of <see cref="ApiUrl"/>, unless the tool's own public board app
    /// asks for it with a read-only POST (Workday's cxs search), which is then sent the same way.</summary>
    ApiRequest? ListRequest(HiringToolBoard board) => ApiUrl(board) is { } url ? ApiRequest.Get(url) : null;

    /// <summary>The postings in an API response (<paramref name="html"/> is the parsed page when the response is
    /// HTML).</summary>
    IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board);

    /// <summary>Where the tool's API gives the whole ad of a posting its listing gave without one; null for a tool whose
    /// listing holds the ads, or that has no such API.</summary>
    Uri? DetailApiUrl(PostingDraft listed) => null;

    /// <summary>What a <see cref="DetailApiUrl"/> response adds to the listing's draft (the ad, dates, pay), or null
    /// when the response is not one.</summary>
    PostingDraft? MapDetail(PageContent response) => null;

    /// <summary>The next page of a paginated API response, or null when the response holds the rest of the board.</summary>
    Uri? NextPage(PageContent response);

    /// <summary>The request for the list's page after <paramref name="response"/>, the answer to <paramref name="sent"/>:
    /// a GET of <see cref="NextPage"/>, unless the tool pages its POST's body.</summary>
    ApiRequest? NextRequest(PageContent response, ApiRequest sent) => NextPage(response) is { } next ? ApiRequest.Get(next) : null;
}
