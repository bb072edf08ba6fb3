namespace JobAggregator.Sources.Tests;

public sealed class WebsiteOrUrlTests
{
    [Fact]
    public void Website_alone_is_read_first_and_marks_the_careers_page_for_discovery()
    {
        var source = Load.Yaml("""
            sources:
              - id: ipf
                organization: Innocence Project of Florida
                website: https://floridainnocence.example/
            """).All[0];

        Assert.Equal(new Uri("https://floridainnocence.example/"), source.Website);
        Assert.Equal(source.Website, source.Url);
        Assert.True(source.DiscoverCareersPage);
        Assert.Equal(ExtractionStrategy.Auto, source.Strategy);
    }

    [Fact]
    public void Url_alone_is_the_listing_and_needs_no_discovery()
    {
        var source = Load.Yaml("""
            sources:
              - { id: ip, organization: Innocence Project, url: "https://ip.example/careers/" }
            """).All[0];

        Assert.Equal(new Uri("https://ip.example/careers/"), source.Url);
        Assert.Null(source.Website);
        Assert.False(source.DiscoverCareersPage);
    }

    [Fact]
    public void Website_takes_placeholders_like_url()
    {
        var source = Load.Yaml("""
            sources:
              - id: a
                organization: A
                website: ${SampleSites:BaseUrl}/a/
            """).All[0];

        Assert.Equal(new Uri("http://localhost:5080/a/"), source.Website);
    }

    [Fact]
    public void Both_url_and_website_are_reported_on_the_second_naming_both()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/careers/
                website: https://a.example/
            """);

        ErrorAssert.Reports(exception, 5, "a", "website", "give either 'url' (the careers or jobs page) or 'website' (the home page");
        Assert.Contains("not both", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_are_reported_on_url_when_url_comes_second()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                website: https://a.example/
                url: https://a.example/careers/
            """);

        ErrorAssert.Reports(exception, 5, "a", "url", "not both");
    }

    [Fact]
    public void Neither_url_nor_website_is_reported_at_the_entry()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                country: US
            """);

        ErrorAssert.Reports(exception, 2, "a", "url", "missing: give 'url' (the careers or jobs page) or 'website' (the organisation's home page");
    }

    [Theory]
    [InlineData("website:")]
    [InlineData("website: ''")]
    public void Empty_website_is_reported(string line)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                {line}
            """);

        ErrorAssert.Reports(exception, 4, "a", "website", "empty: give the organisation's home page");
    }

    [Theory]
    [InlineData("www.a.example")]
    [InlineData("ftp://a.example/")]
    [InlineData("/about/")]
    public void Website_that_is_not_absolute_http_or_https_is_reported(string website)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                website: "{website}"
            """);

        ErrorAssert.Reports(exception, 4, "a", "website", $"'{website}' is not an absolute http or https URL");
    }
}
