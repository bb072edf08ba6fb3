namespace JobAggregator.Store.Reading;

public enum JobSort
{
    /// <summary>Latest posted first (first seen when the stated date is suspect).</summary>
    Newest,

    /// <summary>Highest yearly pay first; postings without pay last.</summary>
    Salary,

    /// <summary>Soonest closing date first; postings without one last.</summary>
    ClosingSoon,

    /// <summary>The best match of the searched text first (SQLite: FTS5's bm25 rank); without text, and in MongoDB,
    /// as <see cref="Newest"/>.</summary>
    Relevance,
}
