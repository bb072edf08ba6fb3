namespace JobAggregator.Store.Reading;

/// <summary>A search over stored postings; every filter left null or blank is ignored.</summary>
public sealed record JobQuery
{
    /// <summary>Words to find in title, organisation, location and description; the last word matches as a prefix.</summary>
    public string? Text { get; init; }

    /// <summary>Organisation id or name, whole and case-insensitive.</summary>
    public string? Organization { get; init; }

    /// <summary>Part of the location text, city, region or country, case-insensitive.</summary>
    public string? Location { get; init; }

    /// <summary>A schema.org employment type such as FULL_TIME, case-insensitive.</summary>
    public string? EmploymentType { get; init; }

    /// <summary>ISO 3166-1 alpha-2, case-insensitive.</summary>
    public string? Country { get; init; }

    /// <summary>A region or state as the location names it (GA, Zürich), whole; case-insensitive for ASCII letters.
    /// </summary>
    public string? Region { get; init; }

    /// <summary>True: only remote (or hybrid) postings; false: only on-site ones.</summary>
    public bool? Remote { get; init; }

    /// <summary>A value of <see cref="Contracts.PostingCategories"/>.</summary>
    public string? Category { get; init; }

    /// <summary>ISO 639-1.</summary>
    public string? Language { get; init; }

    /// <summary>Postings whose yearly pay reaches this figure (the top of the range when a range is given).</summary>
    public decimal? MinAnnualSalary { get; init; }

    /// <summary>ISO 4217; with <see cref="MinAnnualSalary"/>, the currency the figure is in.</summary>
    public string? SalaryCurrency { get; init; }

    /// <summary>Postings posted (or, when the stated date is suspect, first seen) on or after this day.</summary>
    public DateOnly? PostedSince { get; init; }

    /// <summary>Postings whose closing date is on or after this day; with <see cref="ClosingBy"/>, "closing within N
    /// days" of a day. Postings without a closing date never match either.</summary>
    public DateOnly? ClosingFrom { get; init; }

    /// <summary>Postings whose closing date is on or before this day.</summary>
    public DateOnly? ClosingBy { get; init; }

    public JobSort Sort { get; init; } = JobSort.Newest;

    public bool IncludeClosed { get; init; }

    /// <summary>One-based; values below 1 read as 1. Ignored when <see cref="After"/> is given.</summary>
    public int Page { get; init; } = 1;

    /// <summary>The openings after this one, in <see cref="Sort"/> (which must be the cursor's): the page following one
    /// whose <see cref="JobPage.Next"/> it was, found by seeking rather than by skipping the pages before.</summary>
    public JobCursor? After { get; init; }

    /// <summary>Clamped to 1..100.</summary>
    public int PageSize { get; init; } = 20;
}
