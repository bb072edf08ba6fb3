namespace JobAggregator.Scraper.Extraction;

/// <summary>One way of finding postings on a page, tried in turn by the automatic extraction.</summary>
internal interface IListingStrategy
{
    /// <summary>The strategy's name, as recorded in <c>extractedBy</c> unless its outcome names a more precise one
    /// (a hiring tool's name, say).</summary>
    string Name { get; }

    /// <summary>The postings this strategy finds on <paramref name="page"/>, or null when it does not apply (no
    /// hiring tool recognised, no structured data, not a feed...). An empty outcome means it applied and the page
    /// lists nothing.</summary>
    Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken);
}
