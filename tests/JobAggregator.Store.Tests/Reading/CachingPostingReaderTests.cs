using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Tests.Sqlite;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Reading;

/// <summary>The read side's answers kept until the store changes, over a real SQLite file; the reader under the cache
/// counts the searches that reach it.</summary>
public sealed class CachingPostingReaderTests : IAsyncLifetime
{
    private readonly SqliteStore _sqlite = new();
    private CountingReader _counted = null!;
    private CachingPostingReader _cached = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        _counted = new CountingReader(_sqlite.Reader);
        _cached = new CachingPostingReader(_counted, Options.Create(new ReadCacheOptions()));
        await _sqlite.Store.UpsertAsync(Messages.Posting("attorney"), Ct);
    }

    public ValueTask DisposeAsync()
    {
        _cached.Dispose();
        _sqlite.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_same_search_asked_again_is_answered_without_querying_the_store()
    {
        var first = await _cached.SearchAsync(new JobQuery { Text = "attorney" }, Ct);
        var again = await _cached.SearchAsync(new JobQuery { Text = "attorney" }, Ct);

        Assert.Equal(1, first.Total);
        Assert.Same(first, again);
        Assert.Equal(1, _counted.Searches);
    }

    [Fact]
    public async Task A_write_makes_the_next_search_read_the_store_again()
    {
        await _cached.SearchAsync(new JobQuery(), Ct);

        await _sqlite.Store.UpsertAsync(Messages.Posting("paralegal", hash: "hash-2"), Ct);
        var after = await _cached.SearchAsync(new JobQuery(), Ct);

        Assert.Equal(2, after.Total);
        Assert.Equal(2, _counted.Searches);
    }

    [Fact]
    public async Task Different_searches_and_pages_are_kept_apart_while_facets_ignore_sort_and_page()
    {
        await _cached.SearchAsync(new JobQuery { Text = "attorney" }, Ct);
        var other = await _cached.SearchAsync(new JobQuery { Text = "paralegal" }, Ct);
        await _cached.SearchAsync(new JobQuery { Text = "attorney", Page = 2 }, Ct);
        await _cached.GetFacetsAsync(new JobQuery { Sort = JobSort.Salary, Page = 3 }, Ct);
        await _cached.GetFacetsAsync(new JobQuery(), Ct);

        Assert.Equal(0, other.Total);
        Assert.Equal(3, _counted.Searches);
        Assert.Equal(1, _counted.FacetReads);
    }

    [Fact]
    public async Task With_no_lifetime_every_search_reads_the_store()
    {
        using var uncached = new CachingPostingReader(_counted, Options.Create(new ReadCacheOptions { Seconds = 0 }));

        await uncached.SearchAsync(new JobQuery(), Ct);
        await uncached.SearchAsync(new JobQuery(), Ct);

        Assert.Equal(2, _counted.Searches);
    }

    [Fact]
    public async Task A_failed_read_is_not_kept()
    {
        _counted.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _cached.SearchAsync(new JobQuery(), Ct));

        var page = await _cached.SearchAsync(new JobQuery(), Ct);

        Assert.Equal(1, page.Total);
    }

    /// <summary>The real SQLite reader, counting the searches and facet reads that reach it; fails once when told.</summary>
    private sealed class CountingReader(IPostingReader inner) : IPostingReader
    {
        public int Searches { get; private set; }

        public int FacetReads { get; private set; }

        public bool FailNext { get; set; }

        public Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct)
        {
            Searches++;
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("The store failed this once.");
            }

            return inner.SearchAsync(query, ct);
        }

        public Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct)
        {
            FacetReads++;
            return inner.GetFacetsAsync(query, ct);
        }

        public Task<StoredPosting?> GetAsync(string id, CancellationToken ct) => inner.GetAsync(id, ct);

        public Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct) => inner.GetSourceHealthAsync(ct);

        public Task<bool> IsReadyAsync(CancellationToken ct) => inner.IsReadyAsync(ct);

        public Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken ct) => inner.GetLastChangeAsync(ct);
    }
}
