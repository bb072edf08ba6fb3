using JobAggregator.Scraper.Extraction.Structured;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Extraction;

/// <summary>The source's own rules as the first strategy of the list: its CSS selectors (strategy <c>css</c>, or
/// <c>auto</c> with selectors), or JSON-LD alone (strategy <c>jsonld</c>). Null when the source configures none.</summary>
internal sealed class ConfiguredRulesStrategy : IListingStrategy
{
    public string Name => CssExtractor.StrategyName;

    /// <summary>Whether the source names rules of its own.</summary>
    public static bool Applies(SourceDefinition source) =>
        source.Strategy == ExtractionStrategy.JsonLd || source.Selectors is { Item: not null, Title: not null };

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        var source = context.Source;
        if (page.Format != PageFormat.Html || !Applies(source))
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        if (source.Strategy == ExtractionStrategy.JsonLd)
        {
            return new StrategyOutcome(JsonLdExtractor.Extract(document, page.Url), JsonLdExtractor.StrategyName, [], Complete: false, ListingKind.HtmlPage);
        }

        var selectors = source.Selectors!;
        var next = selectors.NextPage is null ? null : CssExtractor.NextPage(document, page.Url, selectors);
        return new StrategyOutcome(CssExtractor.ExtractListing(document, page.Url, selectors), CssExtractor.StrategyName,
            next is null ? [] : [next], Complete: false, ListingKind.HtmlPage);
    }
}
