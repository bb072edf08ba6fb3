using System.Globalization;
using JobAggregator.Api.Jobs;
using JobAggregator.Contracts;

namespace JobAggregator.Api.Pages;

/// <summary>The choices of each filter of the list page with the number of openings each would give ("Full-time (4)"),
/// from the search's facet counts; without counts (a search with errors) the choices alone. A value chosen in the
/// address stays a choice even when it gives nothing, so the form shows what was asked.</summary>
internal static class FilterOptions
{
    /// <param name="members">The member organisations of the sources file, by name; organisations whose openings arrive
    /// only through another's listing come from the counts.</param>
    public static IReadOnlyList<FilterOption> Organizations(IReadOnlyList<string> members, JobFacetList? facets, string? chosen)
    {
        var counts = facets?.Organization ?? [];
        var names = members
            .Concat(counts.Select(c => c.Label ?? c.Value))
            .Concat(Blank(chosen) is { } asked ? [asked] : [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase);
        return names.Select(name => Option(
                name,
                name,
                facets is null ? null : counts.FirstOrDefault(c => Same(c.Label, name) || Same(c.Value, name))?.Count ?? 0,
                chosen))
            .ToList();
    }

    public static IReadOnlyList<FilterOption> Remote(JobFacetList? facets, string? chosen) =>
    [
        Option("true", "Remote or hybrid", CountOf(facets?.Remote, facets, "true"), chosen),
        Option("false", "On site", CountOf(facets?.Remote, facets, "false"), chosen),
    ];

    public static IReadOnlyList<FilterOption> EmploymentTypes(JobFacetList? facets, string? chosen) =>
        Contracts.EmploymentTypes.All
            .Select(type => Option(type, PageText.EmploymentType(type)!, CountOf(facets?.EmploymentType, facets, type), chosen))
            .ToList();

    public static IReadOnlyList<FilterOption> Categories(JobFacetList? facets, string? chosen) =>
        PostingCategories.All
            .Select(category => Option(category, PageText.Category(category), CountOf(facets?.Category, facets, category), chosen))
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
        return values.Select(value => Option(value, label?.Invoke(value) ?? value, CountOf(counts, facets, value), chosen)).ToList();
    }

    private static int? CountOf(IReadOnlyList<JobFacetValue>? counts, JobFacetList? facets, string value) =>
        facets is null ? null : counts?.FirstOrDefault(c => Same(c.Value, value))?.Count ?? 0;

    private static FilterOption Option(string value, string text, int? count, string? chosen) =>
        new(value, count is { } n ? $"{text} ({n.ToString("N0", CultureInfo.InvariantCulture)})" : text, Same(value, chosen));

    private static bool Same(string? value, string? chosen) =>
        value is not null && string.Equals(value, chosen?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
