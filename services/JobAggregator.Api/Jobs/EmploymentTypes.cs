namespace JobAggregator.Api.Jobs;

/// <summary>The schema.org employment types the API filters on.</summary>
internal static class EmploymentTypes
{
    public static readonly IReadOnlyList<string> All =
        ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];
}
