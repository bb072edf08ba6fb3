namespace JobAggregator.Scraper.Fetching;

/// <summary>The validators of pages fetched before, by the URL they were requested with, for conditional GETs on the
/// next run. Kept in memory for the life of the process: a restart costs one full fetch per page.</summary>
public interface IValidatorCache
{
    PageValidators? Find(Uri url);

    /// <summary>Remembers <paramref name="validators"/> for <paramref name="url"/>, or forgets the URL when null.</summary>
    void Remember(Uri url, PageValidators? validators);
}
