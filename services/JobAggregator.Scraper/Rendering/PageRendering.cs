using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Rendering;

/// <summary>The page as Chromium left it once its scripts had run, or why there is none.</summary>
/// <param name="Page">The rendered DOM serialised as HTML, at the page's URL; null when the page was not rendered.</param>
/// <param name="Problem">Why the page was not rendered, in words for the run's explanation; null when it was.</param>
/// <param name="RefusedRequests">Requests the page's scripts made that were aborted (a refused address, robots.txt).</param>
internal sealed record PageRendering(PageContent? Page, string? Problem, IReadOnlyList<string> RefusedRequests)
{
    public static PageRendering NotRendered(string problem) => new(null, problem, []);
}
