using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class LinkFilterTests
{
    private static readonly Uri Page = new("https://www.reentry-example.org/resources/");

    [Theory]
    [InlineData("https://www.example-board.com/jobs?q=paralegal&l=Austin%2C+TX")]
    [InlineData("https://www.example-network.com/jobs/search/?keywords=public%20defender")]
    [InlineData("https://www.example-board.com/q-legal-assistant-l-texas-jobs.html")]
    [InlineData("https://www.werkenvoor.example.nl/zoeken/")]
    public void Another_sites_job_search_is_no_posting(string link) =>
        Assert.False(LinkFilter.MayBePosting(new Uri(link), Page));

    [Theory]
    [InlineData("https://www.reentry-example.org/careers/search/")]
    [InlineData("https://apply.example-ats.com/jobs/4821-case-manager")]
    [InlineData("https://boards.example-ats.io/reentry/jobs/7731?gh_src=site")]
    public void A_search_on_the_sites_own_pages_or_an_applicant_systems_posting_may_be_one(string link) =>
        Assert.True(LinkFilter.MayBePosting(new Uri(link), Page));

    [Theory]
    [InlineData("https://www.reentry-example.org/media/vacature-jurist-32-uur.pdf", true)]
    [InlineData("https://www.reentry-example.org/media/stellenausschreibung-jurist.docx", true)]
    [InlineData("https://www.reentry-example.org/media/annual-report-2026.pdf", false)]
    [InlineData("https://www.reentry-example.org/media/press-release-careers", false)]
    public void A_document_in_an_uploads_folder_may_be_one_when_its_name_names_a_vacancy(string link, bool expected) =>
        Assert.Equal(expected, LinkFilter.MayBePosting(new Uri(link), Page));

    [Theory]
    [InlineData("Paralegal jobs in Austin, TX", true)]
    [InlineData("Stellen in Leipzig – Jobbörse", true)]
    [InlineData("Vacatures bij de overheid", true)]
    [InlineData("Paralegal (Austin, TX)", false)]
    public void A_link_text_naming_jobs_in_a_place_is_a_job_search(string text, bool search) =>
        Assert.Equal(search, LinkFilter.IsJobSearch(new Uri("https://www.example-board.com/listing/1"), text));

    [Theory]
    [InlineData("https://forms.gle/recomecar-captacao", true)]
    [InlineData("https://docs.google.com/forms/d/e/1FAIpQLSc/viewform", true)]
    [InlineData("https://forms.office.com/r/AbC123", true)]
    [InlineData("https://acme.typeform.com/to/xYz", true)]
    [InlineData("https://form.jotform.com/230000000", true)]
    [InlineData("https://tally.so/r/w4Xy", true)]
    [InlineData("https://docs.google.com/document/d/e/2PACX-1v/pub", false)]
    [InlineData("https://www.reentry-example.org/careers/forms/", false)]
    public void A_form_services_form_is_an_application(string link, bool form) =>
        Assert.Equal(form, LinkFilter.IsForm(new Uri(link)));
}
