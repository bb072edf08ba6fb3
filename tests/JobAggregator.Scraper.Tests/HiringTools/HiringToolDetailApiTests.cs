using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>SmartRecruiters' and BambooHR's listing APIs give no ads: each posting's ad is read from the tool's own
/// detail API, through the same fetcher; a detail that cannot be read leaves the listing's posting as it was.</summary>
public sealed class HiringToolDetailApiTests
{
    private static readonly string Responses = Path.Combine(AppContext.BaseDirectory, "HiringTools", "DetailResponses");

    [Fact]
    public async Task Completes_smartrecruiters_postings_from_each_posting_s_api_and_keeps_the_one_that_cannot_be_read()
    {
        var listing = HiringToolCorpus.Case("smartrecruiters", "innocence-project-texas-postings");
        var attorney = new Uri("https://api.smartrecruiters.com/v1/companies/InnocenceProjectOfTexas/postings/744000012345678");
        var investigator = new Uri("https://api.smartrecruiters.com/v1/companies/InnocenceProjectOfTexas/postings/744000012351902");
        var intern = new Uri("https://api.smartrecruiters.com/v1/companies/InnocenceProjectOfTexas/postings/744000012360417");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(attorney, Saved("smartrecruiters-posting-staff-attorney.json"), "application/json")
            .Serving(investigator, Saved("smartrecruiters-posting-investigator.json"), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(listing.Page(), fetcher);

        Assert.Equal([attorney, investigator, intern], fetcher.Requested);
        Assert.NotNull(outcome);
        var staffAttorney = Posting(outcome, "Staff Attorney");
        Assert.Contains("<h3>Job Description</h3><p>The Staff Attorney investigates", staffAttorney.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("<h3>Qualifications</h3>", staffAttorney.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("$70,000 - $85,000 per year", staffAttorney.SalaryText, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://jobs.smartrecruiters.com/InnocenceProjectOfTexas/744000012345678"), staffAttorney.Url);
        Assert.Equal(new Uri("https://jobs.smartrecruiters.com/InnocenceProjectOfTexas/744000012345678-staff-attorney?oga=true"), staffAttorney.ApplyUrl);
        Assert.Equal("Fort Worth, TX, United States", staffAttorney.Location);
        Assert.DoesNotContain("Additional Information", Posting(outcome, "Investigator").DescriptionHtml, StringComparison.Ordinal);
        Assert.Null(Posting(outcome, "Legal Intern (Summer 2024)").DescriptionHtml);
        Assert.False(outcome.Complete);
    }

    [Fact]
    public async Task Completes_a_bamboohr_posting_from_its_detail_api_with_its_ad_date_and_pay()
    {
        var listing = HiringToolCorpus.Case("bamboohr", "georgia-innocence-careers-list");
        var operations = new Uri("https://georgiainnocenceproject.bamboohr.com/careers/27/detail");
        var fetcher = new RecordingPageFetcherFake().Serving(operations, Saved("bamboohr-careers-27-detail.json"), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(listing.Page(), fetcher);

        Assert.Equal([operations, new Uri("https://georgiainnocenceproject.bamboohr.com/careers/29/detail")], fetcher.Requested);
        Assert.NotNull(outcome);
        var coordinator = Posting(outcome, "Operations Coordinator");
        Assert.StartsWith("<p>The Georgia Innocence Project seeks a full-time Operations Coordinator", coordinator.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal("2020-02-03", coordinator.DatePosted);
        Assert.Equal("$36,000+", coordinator.SalaryText);
        Assert.Equal("Decatur, Georgia", coordinator.Location);
        Assert.Equal(new Uri("https://georgiainnocenceproject.bamboohr.com/careers/27"), coordinator.Url);
        Assert.Null(Posting(outcome, "Staff Attorney").DescriptionHtml);
    }

    [Fact]
    public async Task Reads_no_more_detail_apis_than_the_limit()
    {
        var listing = HiringToolCorpus.Case("smartrecruiters", "innocence-project-texas-postings");
        var fetcher = new RecordingPageFetcherFake();
        var context = HiringToolRun.Context(listing.Url, fetcher) with { MaxDetailRequests = 1 };

        var outcome = await new HiringToolStrategy().TryExtractAsync(listing.Page(), context, TestContext.Current.CancellationToken);

        Assert.Equal(3, outcome?.Postings.Count);
        Assert.Single(fetcher.Requested);
    }

    private static PostingDraft Posting(StrategyOutcome outcome, string title) => outcome.Postings.Single(p => p.Title == title);

    private static byte[] Saved(string name) => File.ReadAllBytes(Path.Combine(Responses, name));
}
