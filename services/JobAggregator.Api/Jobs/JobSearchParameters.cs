using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Store;
using JobAggregator.Store.Reading;

namespace JobAggregator.Api.Jobs;

/// <summary>The query string of <c>/api/jobs</c> (and of every feed that takes the same search). Values arrive as text
/// so a bad one is answered with what is wrong with it, not a bare 400.</summary>
public sealed class JobSearchParameters
{
    public const int MaxPageSize = 100;

    public const int MaxClosingWithinDays = 365;

    /// <summary>How deep <see cref="Page"/> reaches: page × pageSize at most this; deeper pages follow the cursor.</summary>
    public const int MaxPageDepth = JobPage.CountLimit;

    public string? Q { get; init; }

    public string? Organization { get; init; }

    public string? Location { get; init; }

    public string? Country { get; init; }

    /// <summary>A region or state as the postings name it (GA, Zürich), whole.</summary>
    public string? Region { get; init; }

    public string? Remote { get; init; }

    public string? EmploymentType { get; init; }

    public string? Category { get; init; }

    public string? Language { get; init; }

    public string? MinSalary { get; init; }

    public string? Currency { get; init; }

    public string? PostedSince { get; init; }

    /// <summary>Days from today: openings whose closing date falls between today and then, both included.</summary>
    public string? ClosingWithin { get; init; }

    public string? Sort { get; init; }

    public string? IncludeClosed { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }

    /// <summary>The <c>next</c> of the page before, to list the openings after it (keyset pagination).</summary>
    public string? Cursor { get; init; }

    /// <summary>The store query, or every problem found, by parameter name.</summary>
    /// <param name="today">The day "closing within" counts from.</param>
    public (JobQuery? Query, Dictionary<string, string[]> Errors) ToQuery(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();

        var page = Integer("page", Page, 1, 1, int.MaxValue, errors);
        var pageSize = Integer("pageSize", PageSize, 20, 1, MaxPageSize, errors);
        var employmentType = OneOf("employmentType", EmploymentType, EmploymentTypes.All, errors)?.ToUpperInvariant();
        var category = OneOf("category", Category, PostingCategories.All, errors)?.ToLowerInvariant();
        var country = Code("country", Country, 2, "an ISO 3166-1 alpha-2 country code such as US or NL", errors, CountryCodes.IsAssigned)?.ToUpperInvariant();
        var language = Code("language", Language, 2, "an ISO 639-1 language code such as en or es", errors)?.ToLowerInvariant();
        var currency = Code("currency", Currency, 3, "an ISO 4217 currency code such as USD or EUR", errors, CurrencyCodes.IsActive)?.ToUpperInvariant();
        var remote = Boolean("remote", Remote, errors);
        var includeClosed = Boolean("includeClosed", IncludeClosed, errors) ?? false;
        var minSalary = Amount("minSalary", MinSalary, errors);
        var postedSince = Day("postedSince", PostedSince, errors);
        var sort = SortOrder(Sort, errors);
        int? closingWithin = Blank(ClosingWithin) is null ? null : Integer("closingWithin", ClosingWithin, 0, 0, MaxClosingWithinDays, errors);
        var cursor = After(sort, errors);
        if (!errors.ContainsKey("page") && !errors.ContainsKey("pageSize") && (long)page * pageSize > MaxPageDepth)
        {
            errors["page"] = [$"page × pageSize must be at most {MaxPageDepth}, not {(long)page * pageSize}: for deeper pages follow each page's next (the cursor parameter)."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new JobQuery
        {
            Text = Blank(Q),
            Organization = Blank(Organization),
            Location = Blank(Location),
            Country = country,
            Region = Blank(Region),
            Remote = remote,
            EmploymentType = employmentType,
            Category = category,
            Language = language,
            MinAnnualSalary = minSalary,
            SalaryCurrency = currency,
            PostedSince = postedSince,
            ClosingFrom = closingWithin is null ? null : today,
            ClosingBy = closingWithin is { } days ? today.AddDays(days) : null,
            Sort = sort,
            IncludeClosed = includeClosed,
            Page = page,
            PageSize = pageSize,
            After = cursor,
        }, errors);
    }

    private JobCursor? After(JobSort sort, Dictionary<string, string[]> errors)
    {
        if (Blank(Cursor) is not { } text)
        {
            return null;
        }

        if (Blank(Page) is not null)
        {
            errors["cursor"] = ["cursor and page cannot be given together: the cursor says where the page starts."];
            return null;
        }

        switch (JobCursor.Decode(text))
        {
            case null:
                errors["cursor"] = ["cursor must be the next of an earlier page, as given; this one cannot be read."];
                return null;
            case { } after when after.Sort != sort:
                errors["cursor"] = [$"cursor was given by a page sorted by {SortName(after.Sort)}; ask with sort={SortName(after.Sort)} or start again without cursor."];
                return null;
            case { } after:
                return after;
        }
    }

    private static string SortName(JobSort sort) => sort switch
    {
        JobSort.Salary => "salary",
        JobSort.ClosingSoon => "closing",
        JobSort.Relevance => "relevance",
        _ => "newest",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Integer(string name, string? text, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            errors[name] = [max == int.MaxValue
                ? $"{name} must be a whole number of {min} or more, not {value}."
                : $"{name} must be between {min} and {max}, not {value}."];
        }

        return number;
    }

    private static string? OneOf(string name, string? text, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        var value = Blank(text);
        if (value is not null && !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            errors[name] = [$"'{value}' is not one of {string.Join(", ", allowed)}."];
        }

        return value;
    }

    private static string? Code(
        string name, string? text, int length, string what, Dictionary<string, string[]> errors, Func<string, bool>? assigned = null)
    {
        var value = Blank(text);
        if (value is not null && (value.Length != length || !value.All(char.IsAsciiLetter)
            || assigned?.Invoke(value.ToUpperInvariant()) == false))
        {
            errors[name] = [$"{name} must be {what}, not '{value}'{Hint(name, value)}."];
        }

        return value;
    }

    /// <summary>The codes people reach for that ISO assigns to no one, or to someone else.</summary>
    private static string Hint(string name, string value) => (name, value.ToUpperInvariant()) switch
    {
        ("country", "UK") => " (the United Kingdom is GB)",
        ("country", "EL") => " (Greece is GR)",
        ("currency", "RMB") => " (the yuan is CNY)",
        ("currency", "NTD") => " (the New Taiwan dollar is TWD)",
        _ => "",
    };

    private static bool? Boolean(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        errors[name] = [$"{name} must be true or false, not '{value}'."];
        return null;
    }

    private static decimal? Amount(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            return amount;
        }

        errors[name] = [$"{name} must be a yearly amount such as 50000, not '{value}'."];
        return null;
    }

    private static DateOnly? Day(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = [$"{name} must be a date as yyyy-MM-dd, not '{value}'."];
        return null;
    }

    private static JobSort SortOrder(string? text, Dictionary<string, string[]> errors)
    {
        switch (Blank(text)?.ToLowerInvariant())
        {
            case null or "newest":
                return JobSort.Newest;
            case "salary":
                return JobSort.Salary;
            case "closing":
                return JobSort.ClosingSoon;
            case "relevance":
                return JobSort.Relevance;
            default:
                errors["sort"] = [$"'{Blank(text)}' is not one of newest, salary, closing, relevance."];
                return JobSort.Newest;
        }
    }
}
