namespace JobAggregator.Store.Reading;

public enum JobSort
{
    /// <summary>Latest posted first (first seen when the stated date is suspect).</summary>
    Newest,

    /// <summary>Highest yearly pay first; postings without pay last.</summary>
    Salary,

    /// <summary>Soonest closing date first; postings without one last.</summary>
    ClosingSoon,
}
