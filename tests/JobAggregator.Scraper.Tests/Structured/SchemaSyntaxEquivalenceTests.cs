using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Structured;

namespace JobAggregator.Scraper.Tests.Structured;

/// <summary>The same posting written in JSON-LD, microdata and RDFa gives the same draft: one mapper reads the
/// schema.org vocabulary whatever the syntax.</summary>
public sealed class SchemaSyntaxEquivalenceTests
{
    public static TheoryData<string> FieldCases => new(SchemaFieldCases.All.Keys);

    [Theory]
    [MemberData(nameof(FieldCases))]
    public async Task Every_syntax_gives_the_expected_draft(string name)
    {
        var fieldCase = SchemaFieldCases.All[name];

        var jsonLd = await DraftAsync(fieldCase.JsonLdPage(), JsonLdExtractor.StrategyName);
        var microdata = await DraftAsync(fieldCase.MicrodataPage(), StructuredDataStrategy.Microdata);
        var rdfa = await DraftAsync(fieldCase.RdfaPage(), StructuredDataStrategy.Rdfa);

        Assert.Equal(fieldCase.Expected, jsonLd);
        Assert.Equal(fieldCase.Expected, microdata);
        Assert.Equal(fieldCase.Expected, rdfa);
    }

    [Fact]
    public async Task A_json_ld_reference_reads_as_the_node_it_names_as_microdata_nesting_does()
    {
        const string graph = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"https://acme.example/#org","name":"Acme Legal Aid","url":"https://acme.example/"},
              {"@type":"Place","@id":"https://acme.example/#office","address":{"@type":"PostalAddress","addressLocality":"Columbus","addressRegion":"OH"}},
              {"@type":"JobPosting","title":"Staff Attorney","hiringOrganization":{"@id":"https://acme.example/#org"},"jobLocation":[{"@id":"https://acme.example/#office"}]}]}
            </script></head><body></body></html>
            """;
        const string nested = """
            <html><body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Staff Attorney</h1>
              <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme Legal Aid</span></div>
              <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
                <span itemprop="addressLocality">Columbus</span>, <span itemprop="addressRegion">OH</span></div></div>
            </div></body></html>
            """;

        var fromGraph = await DraftAsync(graph, JsonLdExtractor.StrategyName);
        var fromNesting = await DraftAsync(nested, StructuredDataStrategy.Microdata);

        Assert.Equal("Acme Legal Aid", fromGraph.Organization);
        Assert.Equal("Columbus, OH", fromGraph.Location);
        Assert.Equal(fromNesting, fromGraph);
    }

    [Fact]
    public async Task A_json_ld_reference_to_a_node_the_page_lacks_is_a_url_not_a_name()
    {
        const string page = """
            <html><head><script type="application/ld+json">
            {"@type":"JobPosting","title":"Staff Attorney","url":{"@id":"https://acme.example/jobs/7"},"hiringOrganization":{"@id":"https://acme.example/#org"}}
            </script></head><body></body></html>
            """;

        var draft = await DraftAsync(page, JsonLdExtractor.StrategyName);

        Assert.Equal(new Uri("https://acme.example/jobs/7"), draft.Url);
        Assert.Null(draft.Organization);
    }

    private static async Task<PostingDraft> DraftAsync(string html, string syntax)
    {
        var page = new PageContent(SchemaFieldCases.Page, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
        var outcome = await new StructuredDataStrategy().TryExtractAsync(page, CorpusStrategyRunner.Context(SchemaFieldCases.Page), TestContext.Current.CancellationToken);

        Assert.NotNull(outcome);
        Assert.Equal(syntax, outcome.Strategy);
        return Assert.Single(outcome.Postings);
    }
}
