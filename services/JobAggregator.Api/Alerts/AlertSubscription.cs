namespace JobAggregator.Api.Alerts;

/// <summary>The alert form as posted: the address, how often, and the search it was on (hidden fields with the names
/// /api/jobs takes).</summary>
public sealed class AlertSubscription
{
    public string? Email { get; set; }

    public string? Frequency { get; set; }

    public string? Q { get; set; }

    public string? Organization { get; set; }

    public string? Location { get; set; }

    public string? Country { get; set; }

    public string? Region { get; set; }

    public string? Remote { get; set; }

    public string? EmploymentType { get; set; }

    public string? Category { get; set; }

    public string? Language { get; set; }

    public string? MinSalary { get; set; }

    public string? Currency { get; set; }

    public string? PostedSince { get; set; }

    public Jobs.JobSearchParameters Search() => new()
    {
        Q = Q,
        Organization = Organization,
        Location = Location,
        Country = Country,
        Region = Region,
        Remote = Remote,
        EmploymentType = EmploymentType,
        Category = Category,
        Language = Language,
        MinSalary = MinSalary,
        Currency = Currency,
        PostedSince = PostedSince,
    };
}
