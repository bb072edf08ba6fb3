using JobAggregator.Api.Jobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace JobAggregator.Api.Pages;

/// <summary>The address of a search, so that a page of results, a feed or a bookmark carries the whole of it.</summary>
internal static class SearchLinks
{
    public static string Query(JobSearchParameters search, int? page = null)
    {
        var query = new QueryBuilder();
        foreach (var (name, value) in Values(search))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name, value.Trim());
            }
        }

        if (page is > 1)
        {
            query.Add("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return query.ToQueryString().Value ?? "";
    }

    private static IEnumerable<(string Name, string? Value)> Values(JobSearchParameters search) =>
    [
        ("q", search.Q), ("organization", search.Organization), ("location", search.Location), ("country", search.Country), ("region", search.Region),
        ("remote", search.Remote), ("employmentType", search.EmploymentType), ("category", search.Category),
        ("language", search.Language), ("minSalary", search.MinSalary), ("currency", search.Currency),
        ("postedSince", search.PostedSince), ("closingWithin", search.ClosingWithin), ("sort", search.Sort),
        ("pageSize", search.PageSize),
    ];
}
