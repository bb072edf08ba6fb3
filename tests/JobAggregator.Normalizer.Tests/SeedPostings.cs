using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Tests;

/// <summary>Scraped postings shaped like the seed openings, as a state job portal shows them.</summary>
internal static class SeedPostings
{
    public static readonly Guid FirstRun = Guid.Parse("6f1c1d3e-8f0a-4c55-9d1e-0b7a3c2e4f10");
    public static readonly DateTimeOffset FirstScrape = new(2020, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Seed 6: the Ohio Public Defender's wrongful conviction opening.</summary>
    public static PostingScraped OhioPublicDefender() => new(
        SourceId: "ohio-public-defender",
        ScrapeRunId: FirstRun,
        ScrapedAt: FirstScrape,
        PostingKey: "190007WE",
        Title: "  Assistant Public Defender 2 &#8211; Wrongful Conviction Project ",
        Organization: "Office of the Ohio Public Defender",
        LocationText: "United States of America-OHIO-Franklin County",
        EmploymentTypeText: "Full-time",
        SalaryText: "$17.89 – $50.98 per hour",
        Salary: null,
        DatePostedText: "Posted 2/28/2020",
        ValidThroughText: "Unposting Date: Mar 10, 2020, 11:59:00 PM",
        DescriptionHtml: """
            <h2>About the project</h2>
            <p>The Wrongful Conviction Project reviews claims of innocence and litigates them in state and federal courts.</p>
            <script>track()</script>
            <ul><li>Unclassified</li><li>Exempt</li></ul>
            <p><a href="/requisition/190007WE">Full requisition</a></p>
            """,
        Url: "https://careers.ohio.example/job/190007WE",
        ApplyUrl: "/apply/190007WE",
        ExtractedBy: "state-portal")
    {
        SourceCountry = "US",
    };
}
