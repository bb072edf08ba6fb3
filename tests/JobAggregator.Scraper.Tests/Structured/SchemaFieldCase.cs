using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Structured;

/// <summary>One JobPosting field written three ways: as JSON-LD properties (added to an object that has the title), as
/// microdata and as RDFa (added inside an item that has the title), and the draft all three must give.</summary>
internal sealed record SchemaFieldCase(string JsonLd, string Microdata, string Rdfa, PostingDraft Expected)
{
    public const string Title = "Staff Attorney";

    public string JsonLdPage() =>
        $$"""<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"{{Title}}"{{(JsonLd.Length == 0 ? "" : "," + JsonLd)}}}</script></head><body></body></html>""";

    public string MicrodataPage() =>
        $"""<html><body><div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">{Title}</h1>{Microdata}</div></body></html>""";

    public string RdfaPage() =>
        $"""<html><body><div vocab="https://schema.org/" typeof="JobPosting"><h1 property="title">{Title}</h1>{Rdfa}</div></body></html>""";
}
