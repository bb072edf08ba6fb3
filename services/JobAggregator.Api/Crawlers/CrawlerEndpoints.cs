using System.Text;
using System.Xml;
using JobAggregator.Store;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Crawlers;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>: how search engines find every open opening's page.</summary>
internal static class CrawlerEndpoints
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxSitemapUrls = 50_000;

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapCrawlerFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        endpoints.MapGet("/robots.txt", Robots).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<FileContentHttpResult> SitemapAsync(HttpRequest request, IPostingReader reader, CancellationToken ct)
    {
        var origin = $"{request.Scheme}://{request.Host}";
        using var stream = new MemoryStream();
        await using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("urlset", SitemapNamespace);
            await foreach (var posting in OpenPostingsAsync(reader, ct))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, $"{origin}/jobs/{Uri.EscapeDataString(posting.Id)}");
                xml.WriteElementString("lastmod", SitemapNamespace, XmlConvert.ToString(posting.Updated ?? posting.FirstSeen, "yyyy-MM-ddTHH:mm:sszzz"));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync();
        }

        return TypedResults.Bytes(stream.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>Open postings, newest first, a page at a time, up to what one sitemap may hold.</summary>
    private static async IAsyncEnumerable<StoredPosting> OpenPostingsAsync(
        IPostingReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // Paged by cursor: counts stop at JobPage.CountLimit, far below what a sitemap holds.
        const int pageSize = 100;
        var count = 0;
        JobCursor? after = null;
        while (count < MaxSitemapUrls)
        {
            var found = await reader.SearchAsync(new JobQuery { After = after, PageSize = pageSize }, ct);
            foreach (var posting in found.Items.Take(MaxSitemapUrls - count))
            {
                count++;
                yield return posting;
            }

            if (found.Next is not { } next)
            {
                yield break;
            }

            after = next;
        }
    }

    private static ContentHttpResult Robots(HttpRequest request) => TypedResults.Text(
        $"""
        User-agent: *
        Allow: /
        Disallow: /api/
        Disallow: /feeds/
        Disallow: /embed

        Sitemap: {request.Scheme}://{request.Host}/sitemap.xml

        """,
        "text/plain; charset=utf-8");
}
