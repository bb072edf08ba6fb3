using System.Globalization;
using System.Text;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Text;
using JobAggregator.Scraper.Scraping;

namespace JobAggregator.Host.Preview;

/// <summary>The preview as a person reads it: the page, the strategy, each posting's essentials, or why there were
/// none.</summary>
internal static class PreviewText
{
    public static string Format(Uri page, string summary, ScrapeOutcome outcome, IReadOnlyList<JobItem> items)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{page}");
        if (outcome.Discovery is { } discovery)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"careers page found from {discovery.Website} in {Counted.Of(discovery.Requests, "request", "requests")}:");
            foreach (var candidate in discovery.Candidates.Take(3))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {candidate.Url} (score {candidate.Score}; {candidate.Reason})");
            }
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"strategy: {outcome.ExtractedBy}; {summary}");
        if (outcome.ListingTruncated)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"warning: {outcome.Explanation ?? "the listing was cut short"}; these are the postings of the pages read");
        }
        if (items.Count == 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"no postings: {outcome.Explanation ?? "the page lists nothing"}{(outcome.NoPostingsReason is { } reason ? $" [{reason}]" : "")}");
        }

        foreach (var gone in outcome.Gone)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"gone: \"{gone.Title}\" is listed, but its page {gone.Url} answers 404 or 410");
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {item.Title}");
            text.AppendLine("   " + string.Join(" · ", new[] { item.Organization.Name, Place(item.Location), item.EmploymentType }.Where(p => !string.IsNullOrEmpty(p))));
            var facts = new[] { Pay(item.Salary), item.DatePosted is { } posted ? $"posted {posted:yyyy-MM-dd}" : null, item.ValidThrough is { } closes ? $"closes {closes:yyyy-MM-dd}" : null }
                .Where(f => f is not null).ToList();
            if (facts.Count > 0)
            {
                text.AppendLine("   " + string.Join(" · ", facts));
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"   {item.Url}");
        }

        return text.ToString();
    }

    internal static string? Place(JobLocation location)
    {
        var parts = location.PlaceParts().ToList();
        var place = parts.Count > 0 ? string.Join(", ", parts) : location.Text;
        return location.Remote switch
        {
            false => place,
            true when place is null => "Remote",
            true when place.Contains("remote", StringComparison.OrdinalIgnoreCase) => place,
            true => $"{place} (remote)",
        };
    }

    internal static string? Pay(JobSalary? salary) => salary switch
    {
        null => null,
        { Min: { } min, Max: { } max } when min != max => $"pay {min:#,0.##}–{max:#,0.##} {salary.Currency}{Per(salary)}",
        { Min: { } min } => $"pay {min:#,0.##}{(salary.Max is null ? "+" : "")} {salary.Currency}{Per(salary)}",
        { Max: { } max } => $"pay up to {max:#,0.##} {salary.Currency}{Per(salary)}",
        _ => null,
    };

    /// <summary>" per month", or nothing when the ad says no period.</summary>
    private static string Per(JobSalary salary) => salary.Period is { } period ? $" per {period.ToLowerInvariant()}" : "";
}
