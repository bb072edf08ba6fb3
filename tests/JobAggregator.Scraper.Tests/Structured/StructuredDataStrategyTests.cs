using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Structured;

namespace JobAggregator.Scraper.Tests.Structured;

public sealed class StructuredDataStrategyTests
{
    private static readonly Uri Page = new("https://members.test/careers/");

    public static TheoryData<string> LabelledCases =>
        CorpusStrategyRunner.Cases(c => c.Strategy is "json-ld" or "microdata" or "rdfa");

    public static TheoryData<string> PagesWithoutStructuredPostings =>
        CorpusStrategyRunner.Cases(c => c.Strategy is "heuristic" || c.Kind is "negative" || c.Kind.EndsWith("-embed", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(LabelledCases))]
    public async Task Finds_the_labelled_postings_and_names_the_syntax(string id)
    {
        var corpusCase = CorpusStrategyRunner.Case(id);

        var outcome = await CorpusStrategyRunner.RunAsync(new StructuredDataStrategy(), corpusCase);

        CorpusStrategyRunner.AssertMatchesLabel(corpusCase, outcome);
        Assert.Equal(corpusCase.Strategy, outcome!.Strategy);
        Assert.True(outcome.Complete);
    }

    [Theory]
    [MemberData(nameof(PagesWithoutStructuredPostings))]
    public async Task Does_not_apply_to_pages_without_job_postings(string id)
    {
        var outcome = await CorpusStrategyRunner.RunAsync(new StructuredDataStrategy(), CorpusStrategyRunner.Case(id));

        Assert.Null(outcome);
    }

    [Fact]
    public async Task Resolves_id_references_in_a_graph()
    {
        var outcome = await RunAsync(CorpusStrategyRunner.Case("json-ld/ohio-public-defender-graph"));

        var draft = Assert.Single(outcome!.Postings);
        Assert.Equal("Office of the Ohio Public Defender", draft.Organization);
        Assert.Equal("Columbus, OH, US", draft.Location);
        Assert.Equal(new ScrapedSalary(17.89m, 50.98m, "USD", "HOUR"), draft.Salary);
    }

    [Fact]
    public async Task Reads_remote_postings_with_the_country_applicants_must_live_in()
    {
        var outcome = await RunAsync(CorpusStrategyRunner.Case("json-ld/witness-to-innocence-remote"));

        Assert.Equal("Remote - United States", Assert.Single(outcome!.Postings).Location);
    }

    [Fact]
    public async Task Reads_microdata_values_from_attributes_and_nested_items()
    {
        var outcome = await RunAsync(CorpusStrategyRunner.Case("microdata/kentucky-innocence-openings"));

        var first = outcome!.Postings[0];
        Assert.Equal("Kentucky Department of Public Advocacy", first.Organization);
        Assert.Equal("Frankfort, KY, US", first.Location);
        Assert.Equal("2024-04-15", first.DatePosted);
        Assert.Equal("2024-04-29", first.ValidThrough);
        Assert.Equal("FULL_TIME", first.EmploymentType);
        Assert.Equal(new ScrapedSalary(48500m, 56000m, "USD", "YEAR"), first.Salary);
        Assert.Contains("Investigates claims of innocence", first.DescriptionHtml, StringComparison.Ordinal);
        Assert.Null(outcome.Postings[1].Salary);
    }

    [Fact]
    public async Task Reads_rdfa_with_content_overriding_text_and_a_parent_organisation_left_out()
    {
        var outcome = await RunAsync(CorpusStrategyRunner.Case("rdfa/wisconsin-innocence-fellow"));

        var draft = Assert.Single(outcome!.Postings);
        Assert.Equal("Wisconsin Innocence Project", draft.Organization);
        Assert.Equal("FULL_TIME", draft.EmploymentType);
        Assert.Equal("Madison, WI, US", draft.Location);
        Assert.Equal(new ScrapedSalary(62000m, null, "USD", "YEAR"), draft.Salary);
        Assert.Equal("2024-03-01", draft.ValidThrough);
    }

    [Fact]
    public async Task Repairs_line_breaks_inside_json_strings_and_finds_postings_nested_in_other_nodes()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"ItemList","itemListElement":[
              {"@type":"ListItem","position":1,"item":{"@type":"JobPosting","title":"Staff Attorney","description":"<p>Line one
            line two</p>","url":"/jobs/staff-attorney"}}]}
            </script></head><body></body></html>
            """;

        var outcome = await RunAsync(html);

        var draft = Assert.Single(outcome!.Postings);
        Assert.Equal("Staff Attorney", draft.Title);
        Assert.Equal(new Uri("https://members.test/jobs/staff-attorney"), draft.Url);
        Assert.Equal("json-ld", outcome.Strategy);
    }

    [Fact]
    public async Task Reads_microdata_with_itemref_and_a_title_written_as_a_link()
    {
        const string html = """
            <html><body>
              <div itemscope itemtype="http://schema.org/JobPosting" itemref="where">
                <a itemprop="title" href="/jobs/investigator">Investigator</a>
                <span itemprop="employmentType">PART_TIME</span>
              </div>
              <p id="where" itemprop="jobLocation">Nashville, TN</p>
            </body></html>
            """;

        var outcome = await RunAsync(html);

        var draft = Assert.Single(outcome!.Postings);
        Assert.Equal("microdata", outcome.Strategy);
        Assert.Equal("Investigator", draft.Title);
        Assert.Equal("Nashville, TN", draft.Location);
        Assert.False(outcome.Complete);
    }

    [Fact]
    public async Task Ignores_rdfa_in_other_vocabularies()
    {
        const string html = """
            <html><body><div vocab="http://example.org/jobs#" typeof="JobPosting"><span property="title">Clerk</span></div></body></html>
            """;

        Assert.Null(await RunAsync(html));
    }

    [Fact]
    public async Task Does_not_apply_to_feeds_or_json()
    {
        var feed = new PageContent(Page, "<rss><channel><item><title>Clerk</title></item></channel></rss>"u8.ToArray(), "application/rss+xml");

        Assert.Null(await new StructuredDataStrategy().TryExtractAsync(feed, CorpusStrategyRunner.Context(Page), TestContext.Current.CancellationToken));
    }

    private static Task<StrategyOutcome?> RunAsync(Evaluation.CorpusCase corpusCase) =>
        CorpusStrategyRunner.RunAsync(new StructuredDataStrategy(), corpusCase);

    private static Task<StrategyOutcome?> RunAsync(string html) =>
        new StructuredDataStrategy().TryExtractAsync(
            new PageContent(Page, System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8"),
            CorpusStrategyRunner.Context(Page),
            TestContext.Current.CancellationToken);
}
