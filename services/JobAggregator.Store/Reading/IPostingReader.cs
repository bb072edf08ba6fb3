using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Reading;

/// <summary>The read side, used by the api.</summary>
public interface IPostingReader
{
    Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct);

    /// <summary>How many openings each value of each filter would give within <paramref name="query"/>; its sort,
    /// page and cursor are ignored.</summary>
    Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct);

    Task<StoredPosting?> GetAsync(string id, CancellationToken ct);

    Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct);

    /// <summary>True when the database answers and its schema is in place.</summary>
    Task<bool> IsReadyAsync(CancellationToken ct);

    /// <summary>When anything the read side shows last changed (a posting written, closed or merged, a run recorded),
    /// different after every such write; null when the store cannot tell. One small read, never of the postings, so a
    /// response can be validated against it cheaply.</summary>
    Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken ct);
}
