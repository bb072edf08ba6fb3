using JobAggregator.Scraper.Discovery;

namespace JobAggregator.Scraper.Tests.Discovery;

public sealed class SitemapParserTests
{
    [Fact]
    public void Reads_the_pages_of_a_urlset_but_not_their_images()
    {
        var content = SitemapParser.Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
              <url><loc>https://example.org/</loc><lastmod>2025-01-02</lastmod></url>
              <url>
                <loc> https://example.org/careers/ </loc>
                <image:image><image:loc>https://example.org/team.jpg</image:loc></image:image>
              </url>
              <url><loc>/relative-is-not-allowed/</loc></url>
            </urlset>
            """);

        Assert.Equal(["https://example.org/", "https://example.org/careers/"], content.Pages.Select(page => page.AbsoluteUri));
        Assert.Empty(content.Sitemaps);
    }

    [Fact]
    public void Reads_the_sitemaps_of_an_index()
    {
        var content = SitemapParser.Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <?xml-stylesheet type="text/xsl" href="//example.org/main-sitemap.xsl"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://example.org/post-sitemap.xml</loc><lastmod>2025-01-02T10:00:00+00:00</lastmod></sitemap>
              <sitemap><loc>https://example.org/page-sitemap.xml</loc></sitemap>
            </sitemapindex>
            """);

        Assert.Empty(content.Pages);
        Assert.Equal(["https://example.org/post-sitemap.xml", "https://example.org/page-sitemap.xml"], content.Sitemaps.Select(sitemap => sitemap.AbsoluteUri));
    }

    [Fact]
    public void Reads_a_sitemap_without_a_namespace()
    {
        var content = SitemapParser.Parse("<urlset><url><loc>https://example.org/jobs</loc></url></urlset>");

        Assert.Equal(new Uri("https://example.org/jobs"), Assert.Single(content.Pages));
    }

    [Fact]
    public void Reads_a_plain_text_sitemap()
    {
        var content = SitemapParser.Parse("https://example.org/\nhttps://example.org/vacatures\r\n\nnot a url\n");

        Assert.Equal(["https://example.org/", "https://example.org/vacatures"], content.Pages.Select(page => page.AbsoluteUri));
    }

    [Fact]
    public void Keeps_what_was_read_before_the_file_breaks_off()
    {
        var content = SitemapParser.Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/careers/</loc></url>
              <url><loc>https://example.org/ab
            """);

        Assert.Equal(new Uri("https://example.org/careers/"), Assert.Single(content.Pages));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<!doctype html><html><body><h1>Page not found</h1><a href='/'>Home</a></body></html>")]
    [InlineData("""{"error": "not found"}""")]
    public void Gives_nothing_for_a_body_that_is_not_a_sitemap(string body)
    {
        var content = SitemapParser.Parse(body);

        Assert.Empty(content.Pages);
        Assert.Empty(content.Sitemaps);
    }

    [Fact]
    public void Does_not_expand_entities_declared_in_a_doctype()
    {
        var content = SitemapParser.Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <urlset><url><loc>https://example.org/&secret;</loc></url><url><loc>https://example.org/jobs</loc></url></urlset>
            """);

        Assert.DoesNotContain(content.Pages, page => page.AbsoluteUri.Contains("etc", StringComparison.Ordinal));
    }
}
