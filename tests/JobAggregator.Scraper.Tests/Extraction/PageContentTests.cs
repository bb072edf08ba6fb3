using System.Text;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Extraction;

/// <summary>How a page's bytes become text and a document, whatever charset the page claims.</summary>
public sealed class PageContentTests
{
    private static readonly Uri Page = new("https://members.example.test/careers/");

    [Theory]
    [InlineData("text/html; charset=utf-7", "")]
    [InlineData("text/html", "<meta charset=\"utf-7\">")]
    [InlineData("text/html", "<meta charset=\"utf-32\">")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-16\">")]
    [InlineData("text/html; charset=no-such-charset", "")]
    [InlineData("text/html; charset=\"x-user-defined\"", "")]
    [InlineData(null, "<meta charset=\"klingon\">")]
    public void A_utf8_page_claiming_a_charset_that_is_unsafe_unknown_or_impossible_is_read_as_utf8(string? contentType, string meta)
    {
        var content = new PageContent(Page, Encoding.UTF8.GetBytes($"<html><head>{meta}</head><body><h1>Abogada – Café</h1></body></html>"), contentType);

        Assert.Contains("Abogada – Café", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_in_latin1_that_names_no_charset_is_read_as_latin1()
    {
        var content = new PageContent(Page, Encoding.Latin1.GetBytes("<html><body><h1>Avocate – Café</h1></body></html>"), "text/html");

        Assert.Contains("Café", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_parsed_document_keeps_the_text_decoding_even_when_a_meta_tag_names_another_charset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><h1>Trabaja con nosotros – Niño</h1></body></html>";
        var content = new PageContent(Page, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

        var document = await content.HtmlAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Trabaja con nosotros – Niño", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_page_nested_100000_deep_is_parsed_no_deeper_than_the_limit_and_keeps_its_text()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<h2>Staff Attorney</h2>"
            + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "<p>After</p></body></html>";
        var content = new PageContent(Page, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

        var document = await content.HtmlAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Staff Attorney", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("After", document.QuerySelector("body > p")!.TextContent);
        Assert.InRange(document.QuerySelectorAll("*").Max(Depth), NestingLimit.MaxDepth - 2, NestingLimit.MaxDepth);
    }

    [Fact]
    public void A_page_within_the_limit_is_parsed_as_it_came()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>Openings</p><br><img src=x>", 200))
            + "<script>var s = '<div><div><div>';</script>" + string.Concat(Enumerable.Repeat("</div>", 200)) + "</body></html>";

        Assert.Same(html, NestingLimit.Apply(html));
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            depth++;
        }

        return depth;
    }
}
