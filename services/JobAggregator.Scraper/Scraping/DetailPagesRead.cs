namespace JobAggregator.Scraper.Scraping;

/// <param name="Fetched">Requests made, 304 answers included.</param>
/// <param name="Changed">Pages read whose content gave something else than last time (or that were not read before).</param>
/// <param name="Reads">What each page read gave, by its URL, for the next run.</param>
internal sealed record DetailPagesRead(int Fetched, int Changed, IReadOnlyDictionary<Uri, RememberedDetail> Reads);
