using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;

namespace JobAggregator.Api.Feeds;

/// <summary>One opening in a feed. Its id is the address of its page here, which stays the same for as long as the
/// opening is stored; the description is sanitised again and links that are not http(s) are left out.</summary>
/// <param name="Place">The place as the web page says it ("Remote (New York, NY, US)").</param>
internal sealed record JobFeedEntry(
    string Id,
    string Title,
    string? ContentHtml,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string Organization,
    string? Place,
    JobLocation Location,
    string? EmploymentType,
    JobSalary? Salary,
    DateOnly? DatePosted,
    DateOnly? ValidThrough,
    bool OpenUntilFilled,
    string? SourceUrl,
    string? ApplyUrl,
    IReadOnlyList<string> Categories,
    string? Language)
{
    public static JobFeedEntry From(JobItem job, string origin, DateTimeOffset now)
    {
        var published = job.DatePosted is { } posted && !job.DatePostedSuspect
            ? new DateTimeOffset(posted.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : job.FirstSeen ?? now;
        var description = FeedDescription.Sanitize(job.Description)
            ?? (string.IsNullOrWhiteSpace(job.DescriptionText) ? null : $"<p>{System.Net.WebUtility.HtmlEncode(job.DescriptionText)}</p>");
        return new JobFeedEntry(
            $"{origin}/jobs/{Uri.EscapeDataString(job.Id)}",
            job.Title,
            description,
            published,
            job.Updated ?? job.FirstSeen ?? published,
            job.Organization.Name,
            PageText.Place(job.Location) is { Length: > 0 } place ? place : null,
            job.Location,
            job.EmploymentType,
            job.Salary,
            job.DatePosted,
            job.ValidThrough,
            job.OpenUntilFilled,
            FeedDescription.WebAddress(job.Url),
            FeedDescription.WebAddress(job.ApplyUrl),
            job.Categories,
            job.Language);
    }
}
