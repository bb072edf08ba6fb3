using System.Globalization;
using JobAggregator.Api.Jobs;
using JobAggregator.Store;
using JobAggregator.Store.Postings;

namespace JobAggregator.Api.Pages;

/// <summary>How the web pages say a posting's place, pay, type and dates to a reader.</summary>
internal static class PageText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["CAD"] = "CA$",
        ["AUD"] = "A$",
        ["NZD"] = "NZ$",
        ["ZAR"] = "R",
    };

    public static string Place(JobLocation location)
    {
        var place = string.Join(", ", location.PlaceParts());
        if (place.Length == 0)
        {
            place = location.Text ?? "";
        }

        return (location.Remote, location.Hybrid, place.Length) switch
        {
            (true, _, 0) => "Remote",
            (true, _, _) when Says(place, "remote") => place,
            (true, _, _) => $"Remote ({place})",
            (_, true, 0) => "Hybrid",
            (_, true, _) when Says(place, "hybrid") => place,
            (_, true, _) => $"Hybrid ({place})",
            _ => place,
        };
    }

    /// <summary>A place as the ad wrote it may say remote or hybrid itself ("Remote (Kentucky residents)").</summary>
    private static bool Says(string place, string word) => place.Contains(word, StringComparison.OrdinalIgnoreCase);

    public static string? EmploymentType(string? type) => type switch
    {
        null => null,
        "FULL_TIME" => "Full-time",
        "PART_TIME" => "Part-time",
        "CONTRACTOR" => "Contract",
        "TEMPORARY" => "Temporary",
        "INTERN" => "Internship",
        "VOLUNTEER" => "Volunteer",
        "PER_DIEM" => "Per diem",
        _ => "Other",
    };

    public static string Category(string category) => category switch
    {
        "social-work" => "Social work",
        "finance-hr" => "Finance and HR",
        "intern-volunteer" => "Internship or volunteering",
        _ => char.ToUpperInvariant(category[0]) + category[1..],
    };

    /// <summary>A language's English name from its ISO 639-1 code ("nl" → "Dutch"); the code in capitals for a
    /// language not listed. The app runs with invariant globalization, so the names cannot come from CultureInfo.</summary>
    public static string Language(string code) => LanguageNames.TryGetValue(code, out var name) ? name : code.ToUpperInvariant();

    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["af"] = "Afrikaans",
        ["ar"] = "Arabic",
        ["da"] = "Danish",
        ["de"] = "German",
        ["el"] = "Greek",
        ["en"] = "English",
        ["es"] = "Spanish",
        ["fi"] = "Finnish",
        ["fr"] = "French",
        ["ga"] = "Irish",
        ["he"] = "Hebrew",
        ["it"] = "Italian",
        ["ja"] = "Japanese",
        ["ko"] = "Korean",
        ["nb"] = "Norwegian",
        ["nl"] = "Dutch",
        ["no"] = "Norwegian",
        ["pl"] = "Polish",
        ["pt"] = "Portuguese",
        ["ru"] = "Russian",
        ["sv"] = "Swedish",
        ["tr"] = "Turkish",
        ["xh"] = "Xhosa",
        ["zh"] = "Chinese",
        ["zu"] = "Zulu",
    };

    /// <summary>"$85,000 – $95,000 a year", or the posting's own words when no figure was parsed.</summary>
    public static string? Pay(JobSalary? salary)
    {
        if (salary is null)
        {
            return null;
        }

        if (salary.Min is null && salary.Max is null)
        {
            return salary.Text;
        }

        var amounts = salary.Min is { } min && salary.Max is { } max && min != max
            ? $"{Money(min, salary.Currency)} – {Money(max, salary.Currency)}"
            : Money((salary.Min ?? salary.Max)!.Value, salary.Currency);
        return salary.Period is { } period ? $"{amounts} {Per(period)}" : amounts;
    }

    /// <summary>The yearly figures, when the stated pay is for another period.</summary>
    public static string? YearlyPay(JobSalary? salary)
    {
        if (salary is null || salary.Period == "YEAR" || (salary.AnnualMin is null && salary.AnnualMax is null))
        {
            return null;
        }

        return salary.AnnualMin is { } min && salary.AnnualMax is { } max && min != max
            ? $"about {Money(min, salary.Currency)} – {Money(max, salary.Currency)} a year"
            : $"about {Money((salary.AnnualMin ?? salary.AnnualMax)!.Value, salary.Currency)} a year";
    }

    public static string Money(decimal amount, string? currency)
    {
        var number = amount == decimal.Truncate(amount) ? amount.ToString("#,0", Invariant) : amount.ToString("#,0.00", Invariant);
        return currency is null ? number
            : CurrencySymbols.TryGetValue(currency, out var symbol) ? symbol + number
            : $"{number} {currency.ToUpperInvariant()}";
    }

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Invariant);

    public static string Day(DateTimeOffset moment) => Day(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>The mark of an open posting whose source has failed for long (see <see cref="JobItem.SourceUnconfirmedSince"/>).</summary>
    public static string? Unconfirmed(JobItem job) =>
        job.SourceUnconfirmedSince is { } since ? $"Source not confirmed since {Day(since)}" : null;

    /// <summary>"closes in 3 days", "closes today", "open until filled", or nothing when no closing is known.</summary>
    public static string? Closing(JobItem job, DateOnly today)
    {
        if (job.ValidThrough is { } until)
        {
            var days = until.DayNumber - today.DayNumber;
            return days switch
            {
                < 0 => $"closed {Day(until)}",
                0 => "closes today",
                1 => "closes tomorrow",
                _ => $"closes in {days} days",
            };
        }

        return job.OpenUntilFilled ? "open until filled" : null;
    }

    public static string ClosedReason(string? reason) => reason switch
    {
        ClosedReasons.Expired => "its closing date passed",
        ClosedReasons.Gone => "its page on the organisation's site was taken down",
        ClosedReasons.Missing => "the organisation no longer lists it",
        _ => "it is no longer listed",
    };

    private static string Per(string period) => period switch
    {
        "HOUR" => "an hour",
        "DAY" => "a day",
        "WEEK" => "a week",
        "MONTH" => "a month",
        _ => "a year",
    };
}
