using System.Text;
using AngleSharp.Dom;
using CsCheck;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Scraper.Tests.Fuzzing;

/// <summary>Every extractor and parser of the scraper on generated hostile pages (<see cref="HostileInputs"/>): none
/// lets an exception escape, none gives more than the page holds, and the nesting budget holds. Iterations are few and
/// inputs capped, so the class runs in seconds.</summary>
public sealed class ExtractorFuzzTests
{
    private const int Iterations = 150;

    // Hostile feeds are the dearest input (150 of them took 16 s on a busy machine, most of it in feeds of thousands of
    // unclosed tags, which the per-page budget bounds); fewer iterations keep the class quick.
    private const int FeedIterations = 60;
    private static readonly Uri Page = new("https://members.example/careers/");

    private static readonly SelectorSet Selectors = new()
    {
        Item = "div.job, li, tr",
        Title = "h2, h3.job-title, a",
        Link = "a",
        Location = "label:Location",
        Salary = "label:Salary",
        ValidThrough = "label:Closing date",
        Description = "p",
        ApplyUrl = "a@href",
        NextPage = "a[rel=next]",
        OrganizationFromTitle = true,
    };

    [Fact]
    public async Task Automatic_extraction_of_hostile_html_never_throws_nor_invents_text()
    {
        await HostileInputs.Html.SampleAsync(html => ExtractAsync(html, "text/html; charset=utf-8"), iter: Iterations, print: Shortened);
    }

    [Fact]
    public async Task Automatic_extraction_of_hostile_json_never_throws()
    {
        await HostileInputs.Json.SampleAsync(json => ExtractAsync(json, "application/json"), iter: Iterations, print: Shortened);
    }

    [Fact]
    public async Task Automatic_extraction_of_hostile_feeds_never_throws()
    {
        var contentTypes = Gen.OneOf("application/rss+xml", "application/atom+xml", "text/xml", "application/xml", null);
        await Gen.Select(HostileInputs.Xml, contentTypes)
            .SampleAsync((xml, contentType) => ExtractAsync(xml, contentType), iter: FeedIterations, print: Shortened);
    }

    [Fact]
    public async Task Pages_in_odd_or_lying_charsets_decode_and_extract_without_throwing()
    {
        await Gen.Select(HostileInputs.Bytes, Gen.OneOf(HostileInputs.OddContentTypes))
            .SampleAsync(async (body, contentType) =>
            {
                var page = new PageContent(Page, body, contentType);
                Assert.NotNull(page.Text);
                await new AutoExtractor().ExtractAsync(page, Context(ExtractionStrategy.Auto), TestContext.Current.CancellationToken);
            }, iter: Iterations, print: Shortened);
    }

    [Fact]
    public async Task Configured_selectors_on_hostile_html_never_throw()
    {
        await HostileInputs.Html.SampleAsync(async html =>
        {
            var document = await new PageContent(Page, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8").HtmlAsync(TestContext.Current.CancellationToken);
            var postings = CssExtractor.ExtractListing(document, Page, Selectors);
            _ = CssExtractor.ExtractDetail(document, Page, Selectors with { Item = null });
            _ = CssExtractor.NextPage(document, Page, Selectors);
            AssertNothingInvented(postings, html);
        }, iter: Iterations, print: Shortened);
    }

    [Fact]
    public async Task Detail_pages_read_from_hostile_html_never_throw()
    {
        await HostileInputs.Html.SampleAsync(async html =>
        {
            var page = new PageContent(Page, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
            _ = await DetailPageReader.ReadAsync(page, new PostingDraft(), TestContext.Current.CancellationToken);
        }, iter: Iterations, print: Shortened);
    }

    [Fact]
    public async Task Parsed_pages_never_nest_past_the_nesting_budget()
    {
        var deep = Gen.Select(HostileInputs.Nested.Array[1, 3], HostileInputs.Html)
            .Select((nests, html) => string.Concat(nests) + html);
        await deep.SampleAsync(async html =>
        {
            var document = await new PageContent(Page, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8").HtmlAsync(TestContext.Current.CancellationToken);
            // The parser adds the elements a page leaves out (html, body, tbody) and re-opens formatting ones, so the
            // tree may be somewhat deeper than the tags kept; it must stay within a small multiple of the budget.
            Assert.InRange(Depth(document.DocumentElement), 1, 3 * NestingLimit.MaxDepth);
        }, iter: 60, print: Shortened);
    }

    [Fact]
    public void Sitemap_and_robots_parsers_never_throw_on_hostile_text()
    {
        Gen.OneOf(HostileInputs.Xml, HostileInputs.Html, Gen.String).Sample(text =>
        {
            _ = SitemapParser.Parse(text);
            var rules = RobotsRules.Parse(text, "JobAggregator");
            _ = rules.IsAllowed(Page);
        }, iter: Iterations, print: Shortened);
    }

    // A failing page can be megabytes; its start is enough to see what it was, and the seed reproduces it whole.
    private static string Shortened<T>(T input) => Check.Print(input) is var text && text.Length > 1_500 ? text[..1_500] + "…" : text;

    private static async Task ExtractAsync(string body, string? contentType)
    {
        foreach (var strategy in new[] { ExtractionStrategy.Auto, ExtractionStrategy.Css })
        {
            var page = new PageContent(Page, Encoding.UTF8.GetBytes(body), contentType);
            var extraction = await new AutoExtractor().ExtractAsync(page, Context(strategy), TestContext.Current.CancellationToken);
            AssertNothingInvented(extraction.Postings, page.Text);
        }
    }

    private static ExtractionContext Context(ExtractionStrategy strategy) => new(
        new SourceDefinition("fuzz", "Fuzz organisation", Page, SourceDefinition.DefaultSchedule, strategy,
            strategy == ExtractionStrategy.Css ? Selectors : null, null, "US", AllowPrivateNetwork: false),
        new BlankPageFetcher(),
        NullLogger.Instance);

    /// <summary>Plain fields come out of the page's text: none can be longer than the whole page.</summary>
    private static void AssertNothingInvented(IReadOnlyList<PostingDraft> postings, string page)
    {
        foreach (var posting in postings)
        {
            Assert.True((posting.Title?.Length ?? 0) <= page.Length, "a title longer than its page");
            Assert.True((posting.Organization?.Length ?? 0) <= page.Length, "an organisation longer than its page");
            Assert.True((posting.Location?.Length ?? 0) <= page.Length, "a place longer than its page");
        }
    }

    private static int Depth(IElement? element)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (element is not null)
        {
            stack.Push((element, 1));
        }

        while (stack.Count > 0)
        {
            var (current, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in current.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}
