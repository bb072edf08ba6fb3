using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Rendering;

/// <summary>The automatic extraction with rendering as its last resort: a page that is a JavaScript application shell,
/// or any HTML page of a source that says <c>render: true</c>, is loaded in Chromium and the usual strategies read the
/// rendered DOM. When it cannot be rendered the page is read as served, and the reason joins the run's explanation.</summary>
internal sealed class RenderingExtractor(AutoExtractor automatic, ChromiumRenderer renderer)
{
    public async Task<PageExtraction> ExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        var asServed = context.Source.Render && page.Format == PageFormat.Html ? null : await automatic.ExtractAsync(page, context, cancellationToken);
        if (asServed is not null && asServed.NoPostingsReason != NoPostingsReasons.JavaScriptAppShell)
        {
            return asServed;
        }

        var rendering = await renderer.RenderAsync(page, context.Fetcher, cancellationToken);
        foreach (var refused in rendering.RefusedRequests)
        {
            context.Logger.LogInformation("Source {SourceId}: a request of the rendered page {Url} was aborted: {Reason}", context.Source.Id, page.Url, refused);
        }

        if (rendering.Page is not { } rendered)
        {
            context.Logger.LogWarning("Source {SourceId}: {Url} was not rendered: {Problem}", context.Source.Id, page.Url, rendering.Problem);
            asServed ??= await automatic.ExtractAsync(page, context, cancellationToken);
            return asServed.Postings.Count > 0 ? asServed : asServed with { Explanation = $"{asServed.Explanation}; not rendered: {rendering.Problem}" };
        }

        var extraction = await automatic.ExtractAsync(rendered, context, cancellationToken);
        return extraction.NoPostingsReason == NoPostingsReasons.JavaScriptAppShell
            ? extraction with { Explanation = $"{page.Url} still shows no job content once rendered in Chromium" }
            : extraction;
    }
}
