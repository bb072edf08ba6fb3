using JobAggregator.Api.Jobs;
using JobAggregator.Contracts;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Api.Pages;

/// <summary>The choices of each filter of the list page with the number of openings each would give ("Full-time (4)"),
/// from the search's facet counts; without counts (a search with errors) the choices alone. A value chosen in the
/// address stays a choice even when it gives nothing, so the form shows what was asked.</summary>
internal static class FilterOptions
{
    /// <summary>The organisations the search's openings belong to, from the store's counts, each under its member's
    /// name in the sources file: a count stored under an alias ("GIP") joins its member's, so an alias is never a
    /// choice of its own, and a member with no opening is no choice.</summary>
    public static IReadOnlyList<FilterOption> Organizations(OrganizationDirectory directory, JobFacetList? facets, string? chosen)
    {
        var counts = (facets?.Organization ?? [])
            .GroupBy(count => MemberName(directory, count), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(member => member.Key, member => member.Sum(count => count.Count), StringComparer.OrdinalIgnoreCase);
        var asked = Blank(chosen) is { } name ? directory.Find(name)?.Name ?? name : null;
        var names = counts.Keys
            .Concat(asked is null ? [] : [asked])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase);
        return names.Select(member => Option(member, member, facets is null ? null : counts.GetValueOrDefault(member), asked, facets)).ToList();
    }

    private static string MemberName(OrganizationDirectory directory, JobFacetValue count) =>
        (count.Label is { } label ? directory.Find(label)?.Name : null) ?? directory.Find(count.Value)?.Name ?? count.Label ?? count.Value;

    public static IReadOnlyList<FilterOption> Remote(JobFacetList? facets, string? chosen) =>
    [
        Option("true", "Remote or hybrid", CountOf(facets?.Remote, facets, "true"), chosen, facets),
        Option("false", "On site", CountOf(facets?.Remote, facets, "false"), chosen, facets),
    ];

    public static IReadOnlyList<FilterOption> EmploymentTypes(JobFacetList? facets, string? chosen) =>
        Contracts.EmploymentTypes.All
            .Select(type => Option(type, PageText.EmploymentType(type)!, CountOf(facets?.EmploymentType, facets, type), chosen, facets))
            .ToList();

    public static IReadOnlyList<FilterOption> Categories(JobFacetList? facets, string? chosen) =>
        PostingCategories.All
            .Select(category => Option(category, PageText.Category(category), CountOf(facets?.Category, facets, category), chosen, facets))
            .ToList();

    /// <summary>The countries the search's openings are in, by code.</summary>
    public static IReadOnlyList<FilterOption> Countries(JobFacetList? facets, string? chosen) =>
        FromCounts(facets?.Country, facets, chosen, code => code.ToUpperInvariant(), StringComparer.Ordinal);

    /// <summary>The regions the search's openings are in, as they spell them.</summary>
    public static IReadOnlyList<FilterOption> Regions(JobFacetList? facets, string? chosen) =>
        FromCounts(facets?.Region, facets, chosen, region => region, StringComparer.OrdinalIgnoreCase);

    /// <summary>The languages the search's openings are written in, by name, chosen by code.</summary>
    public static IReadOnlyList<FilterOption> Languages(JobFacetList? facets, string? chosen) =>
        FromCounts(facets?.Language, facets, chosen, code => code.ToLowerInvariant(), StringComparer.Ordinal, PageText.Language);

    private static List<FilterOption> FromCounts(
        IReadOnlyList<JobFacetValue>? counts,
        JobFacetList? facets,
        string? chosen,
        Func<string, string> usualCase,
        IComparer<string> order,
        Func<string, string>? label = null)
    {
        var values = (counts ?? []).Select(c => c.Value)
            .Concat(Blank(chosen) is { } asked ? [usualCase(asked)] : [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(order);
        return values.Select(value => Option(value, label?.Invoke(value) ?? value, CountOf(counts, facets, value), chosen, facets)).ToList();
    }

    /// <returns>Null when nothing was counted, or when counts that stopped early did not meet the value (not "none").
    /// </returns>
    private static int? CountOf(IReadOnlyList<JobFacetValue>? counts, JobFacetList? facets, string value) =>
        facets is null ? null : counts?.FirstOrDefault(c => Same(c.Value, value))?.Count ?? (facets.Exact ? 0 : null);

    /// <param name="facets">Where the count came from: its counts may be lower bounds.</param>
    private static FilterOption Option(string value, string text, int? count, string? chosen, JobFacetList? facets) =>
        new(value, text, count, Same(value, chosen)) { AtLeast = facets is { Exact: false } };

    private static bool Same(string? value, string? chosen) =>
        value is not null && string.Equals(value, chosen?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
