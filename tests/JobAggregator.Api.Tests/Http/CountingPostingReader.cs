using JobAggregator.Store;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Http;

/// <summary>The real store's reader, counting the reads of postings and of the sources' health, to show which answers
/// never read any.</summary>
internal sealed class CountingPostingReader(IPostingReader inner) : IPostingReader
{
    private int _postingReads;

    private int _sourceHealthReads;

    public int PostingReads => _postingReads;

    public int SourceHealthReads => _sourceHealthReads;

    /// <summary>Wraps the reader the store registered.</summary>
    public static void Register(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IPostingReader));
        services.AddSingleton(provider => new CountingPostingReader((IPostingReader)registered.ImplementationFactory!(provider)));
        services.AddSingleton<IPostingReader>(provider => provider.GetRequiredService<CountingPostingReader>());
    }

    public Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct)
    {
        Interlocked.Increment(ref _postingReads);
        return inner.SearchAsync(query, ct);
    }

    public Task<StoredPosting?> GetAsync(string id, CancellationToken ct)
    {
        Interlocked.Increment(ref _postingReads);
        return inner.GetAsync(id, ct);
    }

    public Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct)
    {
        Interlocked.Increment(ref _postingReads);
        return inner.GetFacetsAsync(query, ct);
    }

    public Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _sourceHealthReads);
        return inner.GetSourceHealthAsync(ct);
    }

    public Task<bool> IsReadyAsync(CancellationToken ct) => inner.IsReadyAsync(ct);

    public Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken ct) => inner.GetLastChangeAsync(ct);
}
