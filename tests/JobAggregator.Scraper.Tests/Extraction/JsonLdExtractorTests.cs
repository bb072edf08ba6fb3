using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

public sealed class JsonLdExtractorTests
{
    private static readonly Uri Page = new("http://members.test/careers/");

    private static string PageWith(params string[] scripts) =>
        "<html><head>" + string.Concat(scripts.Select(s => $"<script type=\"application/ld+json\">{s}</script>")) + "</head><body></body></html>";

    [Fact]
    public void Reads_a_single_job_posting_with_nested_organisation_place_and_salary()
    {
        const string json = """
            {"@context":"https://schema.org","@type":"JobPosting","title":"Chief Communications Officer",
             "description":"<p>Lead the team.</p>","datePosted":"2020-02-01","validThrough":"2020-03-31T23:59",
             "employmentType":["FULL_TIME"],"url":"/careers/cco/",
             "hiringOrganization":{"@type":"Organization","name":"Innocence Project"},
             "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"New York","addressRegion":"NY","addressCountry":"US"}},
             "baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":90000,"maxValue":120000,"unitText":"YEAR"}}}
            """;

        var draft = Assert.Single(JsonLdExtractor.Extract(Html.Parse(PageWith(json)), Page));

        Assert.Equal("Chief Communications Officer", draft.Title);
        Assert.Equal("Innocence Project", draft.Organization);
        Assert.Equal("New York, NY, US", draft.Location);
        Assert.Equal("FULL_TIME", draft.EmploymentType);
        Assert.Equal(new JobAggregator.Contracts.ScrapedSalary(90000m, 120000m, "USD", "YEAR"), draft.Salary);
        Assert.Equal("2020-02-01", draft.DatePosted);
        Assert.Equal("2020-03-31T23:59", draft.ValidThrough);
        Assert.Equal("<p>Lead the team.</p>", draft.DescriptionHtml);
        Assert.Equal(new Uri("http://members.test/careers/cco/"), draft.Url);
    }

    [Theory]
    [InlineData("\"3.800,00\"", 3800)]
    [InlineData("\"4.500\"", 4500)]
    [InlineData("\"3,800.50\"", 3800.50)]
    [InlineData("21.5", 21.5)]
    [InlineData("\"$48.50\"", 48.50)]
    [InlineData("\"€ 3.200\"", 3200)]
    [InlineData("\"US$ 21\"", 21)]
    [InlineData("\"42000 EUR\"", 42000)]
    public void Reads_a_salary_value_written_in_either_decimal_convention(string value, double expected)
    {
        var json = "{\"@type\":\"JobPosting\",\"title\":\"Jurist\",\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"EUR\","
            + "\"value\":{\"@type\":\"QuantitativeValue\",\"value\":" + value + ",\"unitText\":\"MONTH\"}}}";

        var draft = Assert.Single(JsonLdExtractor.Extract(Html.Parse(PageWith(json)), Page));

        Assert.Equal(new JobAggregator.Contracts.ScrapedSalary((decimal)expected, (decimal)expected, "EUR", "MONTH"), draft.Salary);
    }

    [Theory]
    [InlineData("\"48.50 per hour\"")]
    [InlineData("\"-5\"")]
    [InlineData("\"DOE\"")]
    public void Reads_no_salary_value_from_words_around_a_number(string value)
    {
        var json = "{\"@type\":\"JobPosting\",\"title\":\"Jurist\",\"baseSalary\":{\"@type\":\"MonetaryAmount\",\"currency\":\"EUR\","
            + "\"value\":{\"@type\":\"QuantitativeValue\",\"value\":" + value + ",\"unitText\":\"MONTH\"}}}";

        var draft = Assert.Single(JsonLdExtractor.Extract(Html.Parse(PageWith(json)), Page));

        Assert.Null(draft.Salary);
    }

    [Fact]
    public void Reads_a_posting_whose_json_escapes_half_a_surrogate_pair_with_a_replacement_character()
    {
        const string json = """
            {"@type":"JobPosting","title":"Staff \ud83d\ude00 Attorney \ud800","hiringOrganization":{"name":"Innocence \udc00Project"}}
            """;

        var draft = Assert.Single(JsonLdExtractor.Extract(Html.Parse(PageWith(json)), Page));

        Assert.Equal("Staff \U0001F600 Attorney \uFFFD", draft.Title);
        Assert.Equal("Innocence \uFFFDProject", draft.Organization);
    }

    [Fact]
    public void Reads_arrays_and_graphs_and_name_instead_of_title()
    {
        const string array = """[{"@type":"JobPosting","title":"A"},{"@type":"Organization","name":"Not a job"}]""";
        const string graph = """{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["JobPosting"],"name":"B"}]}""";

        var drafts = JsonLdExtractor.Extract(Html.Parse(PageWith(array, graph)), Page);

        Assert.Equal(["A", "B"], drafts.Select(d => d.Title));
    }

    [Fact]
    public void A_broken_script_does_not_hide_the_others()
    {
        var drafts = JsonLdExtractor.Extract(Html.Parse(PageWith("{ not json", """{"@type":"JobPosting","title":"C"}""")), Page);

        Assert.Equal("C", Assert.Single(drafts).Title);
    }

    [Fact]
    public void Decodes_entity_escaped_descriptions_and_reads_remote_postings()
    {
        const string json = """{"@type":"JobPosting","title":"D","description":"&lt;p&gt;Hello&lt;/p&gt;","jobLocationType":"TELECOMMUTE"}""";

        var draft = Assert.Single(JsonLdExtractor.Extract(Html.Parse(PageWith(json)), Page));

        Assert.Equal("<p>Hello</p>", draft.DescriptionHtml);
        Assert.Equal("Remote", draft.Location);
        Assert.Null(draft.Url);
        Assert.Equal(Page, draft.FoundOn);
    }

    [Theory]
    [InlineData("Coordinador(a) de defensa – Guadalajara", "Guadalajara", "Coordinador(a) de defensa")]
    [InlineData("Staff Attorney - Chicago", "Chicago", "Staff Attorney")]
    [InlineData("Juriste en droit pénal — Lyon", "Lyon", "Juriste en droit pénal")]
    [InlineData("Sozialarbeiter*in – berlin", "Berlin", "Sozialarbeiter*in")]
    [InlineData("Senior Solicitor – Wrongful Convictions", "Sydney", "Senior Solicitor – Wrongful Convictions")]
    [InlineData("Paralegal, Lyon", "Lyon", "Paralegal, Lyon")]
    [InlineData("Avvocato-Milano", "Milano", "Avvocato-Milano")]
    public void A_dash_and_the_postings_own_town_at_the_end_of_its_title_are_its_place_not_its_title(string title, string town, string expected)
    {
        var json = """{"@type":"JobPosting","title":"TITLE","jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"TOWN"}}}"""
            .Replace("TITLE", title, StringComparison.Ordinal).Replace("TOWN", town, StringComparison.Ordinal);

        var draft = Assert.Single(JsonLdExtractor.Extract(Html.Parse(PageWith(json)), Page));

        Assert.Equal(expected, draft.Title);
        Assert.Equal(town, draft.Location);
    }
}
