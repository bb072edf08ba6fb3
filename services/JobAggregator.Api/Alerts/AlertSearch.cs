using System.Globalization;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using Microsoft.AspNetCore.WebUtilities;

namespace JobAggregator.Api.Alerts;

/// <summary>A saved search as the query string it is stored as, read back into the parameters /api/jobs takes.</summary>
internal static class AlertSearch
{
    /// <summary>The search without its paging and order, which a digest sets itself.</summary>
    public static string Save(JobSearchParameters search) =>
        SearchLinks.Query(new JobSearchParameters
        {
            Q = search.Q,
            Organization = search.Organization,
            Location = search.Location,
            Country = search.Country,
            Region = search.Region,
            Remote = search.Remote,
            EmploymentType = search.EmploymentType,
            Category = search.Category,
            Language = search.Language,
            MinSalary = search.MinSalary,
            Currency = search.Currency,
            PostedSince = search.PostedSince,
        });

    /// <summary>One page of the saved search, newest first, as many openings as a page holds.</summary>
    public static JobSearchParameters ReadPage(string query, int page)
    {
        var values = QueryHelpers.ParseQuery(query);
        string? Value(string name) => values.TryGetValue(name, out var value) ? value.ToString() : null;
        return new JobSearchParameters
        {
            Q = Value("q"),
            Organization = Value("organization"),
            Location = Value("location"),
            Country = Value("country"),
            Region = Value("region"),
            Remote = Value("remote"),
            EmploymentType = Value("employmentType"),
            Category = Value("category"),
            Language = Value("language"),
            MinSalary = Value("minSalary"),
            Currency = Value("currency"),
            PostedSince = Value("postedSince"),
            Sort = "newest",
            Page = page.ToString(CultureInfo.InvariantCulture),
            PageSize = JobSearchParameters.MaxPageSize.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The search in words, for mails and pages: "“lawyer” · Full-time · in US", or "every opening".</summary>
    public static string Describe(string query)
    {
        var values = QueryHelpers.ParseQuery(query);
        string? Value(string name) => values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;
        var parts = new List<string>();
        Add(Value("q"), q => $"“{q}”");
        Add(Value("organization"), organization => $"at {organization}");
        Add(Value("location"), place => $"near {place}");
        Add(Value("country"), country => $"in {country.ToUpperInvariant()}");
        Add(Value("region"), region => $"in {region}");
        Add(Value("remote"), remote => remote.Equals("true", StringComparison.OrdinalIgnoreCase) ? "remote or hybrid" : "on site");
        Add(Value("employmentType"), type => PageText.EmploymentType(type.ToUpperInvariant())!);
        Add(Value("category"), category => $"{PageText.Category(category)} roles");
        Add(Value("language"), language => $"written in {PageText.Language(language)}");
        Add(Value("minSalary"), pay => decimal.TryParse(pay, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? $"paying at least {PageText.Money(amount, Value("currency"))} a year"
            : $"paying at least {pay}");
        Add(Value("postedSince"), day => DateOnly.TryParse(day, CultureInfo.InvariantCulture, out var since) ? $"posted since {PageText.Day(since)}" : $"posted since {day}");
        return parts.Count == 0 ? "every opening" : string.Join(" · ", parts);

        void Add(string? value, Func<string, string> words)
        {
            if (value is not null)
            {
                parts.Add(words(value));
            }
        }
    }
}
