using JobAggregator.Api.Jobs;

namespace JobAggregator.Api.Tests.Pages;

/// <summary>Openings as the pages receive them, varied one field at a time.</summary>
internal static class Jobs
{
    public static JobItem StaffAttorney() => new(
        Id: "abc123",
        Title: "Staff Attorney",
        Organization: new JobOrganization("innocence-project", "Innocence Project"),
        Location: new JobLocation("New York, NY", "New York", "NY", "US", Remote: false, Hybrid: false, OtherPlaces: []),
        EmploymentType: "FULL_TIME",
        Salary: new JobSalary(85000m, 95000m, "USD", "YEAR", "$85,000 – $95,000", 85000m, 95000m),
        DatePosted: new DateOnly(2026, 2, 28),
        ValidThrough: new DateOnly(2026, 3, 10),
        Url: "https://example.org/careers/staff-attorney/",
        ApplyUrl: null,
        Description: "<p>Review claims of innocence.</p>",
        DescriptionText: "Review claims of innocence.",
        SourceId: "innocence-project",
        ExtractedBy: "heuristic",
        Status: "open",
        FirstSeen: new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
        LastSeen: null,
        Updated: null,
        ClosedAt: null,
        Categories: ["attorney"],
        Language: "en",
        OpenUntilFilled: false,
        DatePostedSuspect: false,
        ClosedReason: null,
        AlsoSeenAt: [],
        MergeReason: null,
        Revisions: null);
}
