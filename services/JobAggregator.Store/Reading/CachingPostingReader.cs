using JobAggregator.Store.Postings;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Reading;

/// <summary>Keeps the read side's answers until the store changes: each answer is filed under the store's last change
/// (<see cref="IPostingReader.GetLastChangeAsync"/>, one small read), so a write makes every earlier answer unreachable
/// and the same search asked again meanwhile costs a lookup instead of a query. Requests asking for the same uncached
/// answer at once share one query.</summary>
/// <remarks>Answers also expire after <see cref="ReadCacheOptions.Seconds"/>: MongoDB's last change is the newest time
/// the scraper saw, which a message stored late does not move, so the expiry bounds how stale such an answer can be.
/// </remarks>
internal sealed class CachingPostingReader(IPostingReader inner, IOptions<ReadCacheOptions> options) : IPostingReader, IDisposable
{
    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = options.Value.Entries });
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.Seconds);

    /// <summary>The store's own reader, which answers what is not kept.</summary>
    public IPostingReader Inner => inner;

    public Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct) =>
        CachedAsync(("search", query), token => inner.SearchAsync(query, token), ct);

    public Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct) =>
        CachedAsync(("facets", query with { Sort = JobSort.Newest, Page = 1, PageSize = 20, After = null }), token => inner.GetFacetsAsync(query, token), ct);

    public Task<StoredPosting?> GetAsync(string id, CancellationToken ct) =>
        CachedAsync(("posting", id), token => inner.GetAsync(id, token), ct);

    public Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct) =>
        CachedAsync("sources", inner.GetSourceHealthAsync, ct);

    public Task<bool> IsReadyAsync(CancellationToken ct) => inner.IsReadyAsync(ct);

    public Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken ct) => inner.GetLastChangeAsync(ct);

    public void Dispose() => _answers.Dispose();

    /// <summary>A read whose failure, thrown at once or later, is a failed task rather than one the cache keeps.</summary>
    private static async Task<T> ReadAsync<T>(Func<CancellationToken, Task<T>> read) => await read(CancellationToken.None);

    private async Task<T> CachedAsync<T>(object question, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        if (_lifetime <= TimeSpan.Zero || await inner.GetLastChangeAsync(ct) is not { } version)
        {
            return await read(ct);
        }

        var key = (question, version);
        if (!_answers.TryGetValue(key, out Lazy<Task<T>>? answer) || answer is null)
        {
            // Not cancelled by the first asker: others may be waiting on the same answer.
            var fresh = new Lazy<Task<T>>(() => ReadAsync(read));
            answer = _answers.GetOrCreate(key, entry =>
            {
                entry.Size = 1;
                entry.AbsoluteExpirationRelativeToNow = _lifetime;
                return fresh;
            })!;
        }

        try
        {
            return await answer.Value.WaitAsync(ct);
        }
        catch (Exception) when (answer.Value.IsFaulted || answer.Value.IsCanceled)
        {
            // A failed read is not an answer: the next asker tries again.
            _answers.Remove(key);
            throw;
        }
    }
}
