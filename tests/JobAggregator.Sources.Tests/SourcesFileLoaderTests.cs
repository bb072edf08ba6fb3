namespace JobAggregator.Sources.Tests;

public sealed class SourcesFileLoaderTests
{
    private const string Sample = """
        # Two sources: one scraped with selectors, one read from JSON-LD.
        sources:
          - id: innocence-network          # required
            organization: Innocence Network
            url: ${SampleSites:BaseUrl}/innocence-network/about/
            country: us
            schedule: "0 0/30 * * * ?"
            strategy: css
            allowPrivateNetwork: true
            selectors: { item: article.post, title: h2.entry-title, organizationFromTitle: true, link: a.more-link, nextPage: a.next }
            detail: { description: div.entry-content, salary: "label:Salary" }
          - id: gip
            organization: Global Impact Partners
            url: https://gip.example.org/careers
        """;

    [Fact]
    public void Loads_every_field_of_a_complete_entry()
    {
        var catalog = Load.Yaml(Sample);

        var expected = new SourceDefinition(
            Id: "innocence-network",
            Organization: "Innocence Network",
            Url: new Uri("http://localhost:5080/innocence-network/about/"),
            Schedule: "0 0/30 * * * ?",
            Strategy: ExtractionStrategy.Css,
            Selectors: new SelectorSet
            {
                Item = "article.post",
                Title = "h2.entry-title",
                OrganizationFromTitle = true,
                Link = "a.more-link",
                NextPage = "a.next",
            },
            Detail: new SelectorSet { Description = "div.entry-content", Salary = "label:Salary" },
            Country: "US",
            AllowPrivateNetwork: true);
        Assert.Equal(expected, catalog.All[0]);
    }

    [Fact]
    public void Applies_defaults_when_optional_fields_are_omitted()
    {
        var gip = Load.Yaml(Sample).All[1];

        Assert.Equal(
            new SourceDefinition(
                "gip", "Global Impact Partners", new Uri("https://gip.example.org/careers"), SourceDefinition.DefaultSchedule,
                ExtractionStrategy.Auto, Selectors: null, Detail: null, Country: null, AllowPrivateNetwork: false),
            gip);
        Assert.Null(gip.Website);
        Assert.False(gip.DiscoverCareersPage);
        Assert.Empty(gip.Aliases);
        Assert.Null(gip.Language);
    }

    [Fact]
    public void Keeps_file_order_and_the_full_path_of_the_file()
    {
        using var file = new TempSourcesFile(Sample);

        var catalog = SourcesFileLoader.Load(file.Path, _ => "http://localhost:5080");

        Assert.Equal(["innocence-network", "gip"], catalog.All.Select(source => source.Id));
        Assert.Equal(file.Path, catalog.Path);
    }

    [Fact]
    public void Finds_a_source_by_id_and_returns_null_for_an_unknown_id()
    {
        var catalog = Load.Yaml(Sample);

        Assert.Same(catalog.All[1], catalog.Find("gip"));
        Assert.Null(catalog.Find("GIP"));
        Assert.Null(catalog.Find("nowhere"));
    }

    [Fact]
    public void Strategy_defaults_to_css_when_selectors_are_given()
    {
        var source = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: https://a.example/jobs
                selectors: { item: li.job, title: h3 }
            """).All[0];

        Assert.Equal(ExtractionStrategy.Css, source.Strategy);
        Assert.Equal(new SelectorSet { Item = "li.job", Title = "h3" }, source.Selectors);
    }

    [Fact]
    public void Strategy_defaults_to_auto_without_selectors()
    {
        var source = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: https://a.example/jobs
                detail: { description: div.entry-content }
            """).All[0];

        Assert.Equal(ExtractionStrategy.Auto, source.Strategy);
    }

    [Fact]
    public void Explicit_auto_strategy_is_kept_with_partial_selectors()
    {
        var source = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: https://a.example/jobs
                strategy: auto
                selectors: { nextPage: a.next }
            """).All[0];

        Assert.Equal(ExtractionStrategy.Auto, source.Strategy);
        Assert.Equal(new SelectorSet { NextPage = "a.next" }, source.Selectors);
    }

    [Fact]
    public void Explicit_jsonld_strategy_is_kept_when_selectors_are_given()
    {
        var source = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: https://a.example/jobs
                strategy: jsonld
                selectors:
                  link: a.job
                  nextPage: a[rel=next]
            """).All[0];

        Assert.Equal(ExtractionStrategy.JsonLd, source.Strategy);
        Assert.Equal(new SelectorSet { Link = "a.job", NextPage = "a[rel=next]" }, source.Selectors);
    }

    [Fact]
    public void Substitutes_every_placeholder_in_urls_and_selectors()
    {
        var variables = new Dictionary<string, string>
        {
            ["Sites:Scheme"] = "https",
            ["Sites:Host"] = "jobs.example.org",
            ["Selectors:Title"] = "h2.title",
        };

        var source = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: ${Sites:Scheme}://${Sites:Host}/careers/?page=1
                selectors: { item: li, title: "${ Selectors:Title }" }
            """, variables).All[0];

        Assert.Equal(new Uri("https://jobs.example.org/careers/?page=1"), source.Url);
        Assert.Equal("h2.title", source.Selectors?.Title);
    }

    [Fact]
    public void Upper_cases_the_country_code()
    {
        var source = Load.Yaml("""
            sources:
              - { id: a, organization: A, url: "https://a.example/", country: de }
            """).All[0];

        Assert.Equal("DE", source.Country);
    }

    [Fact]
    public void Reads_quoted_values_as_selectors_even_when_they_look_like_booleans_or_comments()
    {
        var selectors = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                selectors: { item: "#jobs li", title: "true", location: 'td@data-city' }
            """).All[0].Selectors;

        Assert.Equal(new SelectorSet { Item = "#jobs li", Title = "true", Location = "td@data-city" }, selectors);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    public void Reads_booleans_in_any_case(string written, bool expected)
    {
        var source = Load.Yaml($$"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                allowPrivateNetwork: {{written}}
                selectors: { item: li, title: h2, organizationFromTitle: {{written}} }
            """).All[0];

        Assert.Equal(expected, source.AllowPrivateNetwork);
        Assert.Equal(expected, source.Selectors?.OrganizationFromTitle);
    }

    [Fact]
    public void Shares_selectors_between_sources_through_yaml_anchors()
    {
        var catalog = Load.Yaml("""
            sources:
              - id: a
                organization: A
                url: https://a.example/jobs
                selectors: &wordpress { item: article.post, title: h2.entry-title }
              - id: b
                organization: B
                url: https://b.example/jobs
                selectors: *wordpress
            """);

        Assert.Equal(catalog.All[0].Selectors, catalog.All[1].Selectors);
        Assert.Equal(ExtractionStrategy.Css, catalog.All[1].Strategy);
    }
}
