using System.Collections.Concurrent;

namespace JobAggregator.Scraper.Fetching;

internal sealed class InMemoryValidatorCache : IValidatorCache
{
    private readonly ConcurrentDictionary<string, PageValidators> _byUrl = new(StringComparer.Ordinal);

    public PageValidators? Find(Uri url) => _byUrl.GetValueOrDefault(url.AbsoluteUri);

    public void Remember(Uri url, PageValidators? validators)
    {
        if (validators is null)
        {
            _byUrl.TryRemove(url.AbsoluteUri, out _);
        }
        else
        {
            _byUrl[url.AbsoluteUri] = validators;
        }
    }
}
