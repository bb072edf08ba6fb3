namespace JobAggregator.Contracts;

/// <summary>The schema.org employmentType values: those of <see cref="PostingNormalized.EmploymentType"/>.</summary>
public static class EmploymentTypes
{
    public const string FullTime = "FULL_TIME";
    public const string PartTime = "PART_TIME";
    public const string Contractor = "CONTRACTOR";
    public const string Temporary = "TEMPORARY";
    public const string Intern = "INTERN";
    public const string Volunteer = "VOLUNTEER";
    public const string PerDiem = "PER_DIEM";
    public const string Other = "OTHER";

    public static IReadOnlyList<string> All { get; } = [FullTime, PartTime, Contractor, Temporary, Intern, Volunteer, PerDiem, Other];
}
