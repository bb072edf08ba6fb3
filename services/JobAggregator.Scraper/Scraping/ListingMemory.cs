using System.Collections.Concurrent;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Scraping;

/// <summary>The last full read of each source whose postings are completed from detail pages, kept in memory for the
/// life of the process beside the validators (<see cref="Fetching.IValidatorCache"/>): a restart forgets both, and
/// the next run reads the listing whole.</summary>
public sealed class ListingMemory
{
    private readonly ConcurrentDictionary<string, RememberedListing> _bySource = new(StringComparer.Ordinal);

    internal RememberedListing? Find(SourceDefinition source) =>
        _bySource.TryGetValue(source.Id, out var remembered) && remembered.Source == source ? remembered : null;

    internal void Remember(RememberedListing listing) => _bySource[listing.Source.Id] = listing;

    public void Forget(string sourceId) => _bySource.TryRemove(sourceId, out _);
}
