namespace JobAggregator.Store;

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

    public bool IncludeClosed { get; init; }

    /// <summary>One-based; values below 1 read as 1.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Clamped to 1..100.</summary>
    public int PageSize { get; init; } = 20;
}
