namespace JobAggregator.Api.Pages;

/// <summary>A member organisation as the organisation pages show it.</summary>
/// <param name="Id">The organisation's id in the postings, or its name when none of its postings is stored.</param>
/// <param name="CareersPages">The pages its postings are read from (its own sources in the sources file).</param>
/// <param name="LastRead">When one of its sources was last read successfully.</param>
public sealed record OrganizationSummary(
    string Id, string Name, int OpenPositions, IReadOnlyList<Uri> CareersPages, Uri? Website, DateTimeOffset? LastRead);
