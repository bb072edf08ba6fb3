using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction;

/// <summary>A posting's raw fields as one page shows them; a detail page's draft completes the listing's.</summary>
public sealed record PostingDraft
{
    public string? Title { get; init; }
    public string? Organization { get; init; }
    public string? Location { get; init; }
    public string? EmploymentType { get; init; }
    public string? SalaryText { get; init; }
    public ScrapedSalary? Salary { get; init; }
    public string? DatePosted { get; init; }
    public string? ValidThrough { get; init; }
    public string? DescriptionHtml { get; init; }
    public Uri? Url { get; init; }
    public Uri? ApplyUrl { get; init; }

    /// <summary>The page the draft was read from: the link of last resort when the posting has no URL of its own.</summary>
    public Uri? FoundOn { get; init; }

    /// <summary>The postal address the page states for its organisation (<see cref="PostingScraped.OrganizationAddress"/>).</summary>
    public string? OrganizationAddress { get; init; }

    /// <summary>This draft with every field that <paramref name="detail"/> has taken from it: the detail page is the full
    /// ad, so it wins over the listing's excerpt.</summary>
    public PostingDraft CompletedBy(PostingDraft detail) => new()
    {
        Title = detail.Title ?? Title,
        Organization = detail.Organization ?? Organization,
        Location = detail.Location ?? Location,
        EmploymentType = detail.EmploymentType ?? EmploymentType,
        SalaryText = detail.SalaryText ?? SalaryText,
        Salary = detail.Salary ?? Salary,
        DatePosted = detail.DatePosted ?? DatePosted,
        ValidThrough = detail.ValidThrough ?? ValidThrough,
        DescriptionHtml = detail.DescriptionHtml ?? DescriptionHtml,
        Url = Url ?? detail.Url,
        ApplyUrl = detail.ApplyUrl ?? ApplyUrl,
        FoundOn = FoundOn,
        OrganizationAddress = OrganizationAddress ?? detail.OrganizationAddress,
    };
}
