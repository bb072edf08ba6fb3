using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class RobotsRulesTests
{
    private const string Token = "JobAggregator";

    [Theory]
    [InlineData("User-agent: *\nDisallow: /private/", "/private/jobs", false)]
    [InlineData("User-agent: *\nDisallow: /private/", "/public/jobs", true)]
    [InlineData("User-agent: *\nDisallow: /private/", "/private", true)]
    [InlineData("User-agent: *\nDisallow:", "/anything", true)]
    [InlineData("User-agent: *\nDisallow: /", "/", false)]
    [InlineData("User-agent: *\nDisallow: /", "/robots.txt", true)]
    [InlineData("User-agent: *\nDisallow: /\nAllow: /careers/", "/careers/open", true)]
    [InlineData("User-agent: *\nDisallow: /\nAllow: /careers/", "/about", false)]
    [InlineData("User-agent: *\nAllow: /p\nDisallow: /", "/page", true)]
    [InlineData("User-agent: *\nAllow: /folder\nDisallow: /folder", "/folder/page", true)]
    [InlineData("User-agent: *\nDisallow: /folder/\nAllow: /folder/public", "/folder/public/x", true)]
    [InlineData("User-agent: *\nAllow: /page\nDisallow: /*.htm", "/page.htm", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/guide.pdf", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/files/guide.pdf?x=1", true)]
    [InlineData("User-agent: *\nDisallow: /*?", "/jobs?page=2", false)]
    [InlineData("User-agent: *\nDisallow: /*?", "/jobs", true)]
    [InlineData("User-agent: *\nDisallow: /job*/apply", "/jobs/12/apply", false)]
    [InlineData("User-agent: *\nDisallow: /job*/apply", "/jobs/12/view", true)]
    [InlineData("User-agent: *\nDisallow: /exact$", "/exact", false)]
    [InlineData("User-agent: *\nDisallow: /exact$", "/exactly", true)]
    [InlineData("User-agent: *\nDisallow: /a$b", "/a$b/c", false)]
    [InlineData("User-agent: *\nDisallow: /stellen/ü", "/stellen/%C3%BC", false)]
    [InlineData("User-agent: *\nDisallow: /stellen/%c3%bc", "/stellen/%C3%BC", false)]
    [InlineData("user-AGENT: *\nDISALLOW: /x # no x", "/x", false)]
    [InlineData("# nothing but comments", "/x", true)]
    [InlineData("Disallow: /x", "/x", true)]
    [InlineData("User-agent: *\r\nDisallow: /crlf\r\n", "/crlf", false)]
    [InlineData("User-agent: *\nDisallow: private", "/private", false)]
    public void Decides_by_the_longest_matching_rule(string robots, string path, bool allowed)
    {
        var rules = RobotsRules.Parse(robots, Token);

        Assert.Equal(allowed, rules.IsAllowed(new Uri("https://example.org" + path)));
    }

    [Theory]
    [InlineData("User-agent: JobAggregator\nDisallow: /ours\n\nUser-agent: *\nDisallow: /all", "/ours", false)]
    [InlineData("User-agent: JobAggregator\nDisallow: /ours\n\nUser-agent: *\nDisallow: /all", "/all", true)]
    [InlineData("User-agent: jobaggregator\nDisallow: /ours", "/ours", false)]
    [InlineData("User-agent: JobAggregator/0.1\nDisallow: /ours", "/ours", false)]
    [InlineData("User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /all", "/page", true)]
    [InlineData("User-agent: Googlebot\nDisallow: /", "/page", true)]
    [InlineData("User-agent: JobAggregatorBot\nDisallow: /", "/page", true)]
    [InlineData("User-agent: Googlebot\nUser-agent: JobAggregator\nDisallow: /shared", "/shared", false)]
    [InlineData("User-agent: JobAggregator\nDisallow: /one\n\nUser-agent: Other\nDisallow: /\n\nUser-agent: JobAggregator\nDisallow: /two", "/two", false)]
    [InlineData("User-agent: JobAggregator\nDisallow: /one\nUser-agent: Other\nDisallow: /", "/page", true)]
    public void Uses_the_groups_naming_our_product_token_else_the_star_groups(string robots, string path, bool allowed)
    {
        var rules = RobotsRules.Parse(robots, Token);

        Assert.Equal(allowed, rules.IsAllowed(new Uri("https://example.org" + path)));
    }

    [Theory]
    [InlineData("User-agent: *\nCrawl-delay: 5", 5000)]
    [InlineData("User-agent: *\nCrawl-delay: 0.5\nDisallow: /x", 500)]
    [InlineData("User-agent: JobAggregator\nCrawl-delay: 2\n\nUser-agent: *\nCrawl-delay: 10", 2000)]
    [InlineData("User-agent: Googlebot\nCrawl-delay: 10", null)]
    [InlineData("User-agent: *\nCrawl-delay: soon", null)]
    public void Reads_the_crawl_delay_of_the_chosen_group(string robots, int? milliseconds)
    {
        var rules = RobotsRules.Parse(robots, Token);

        Assert.Equal(milliseconds is null ? null : TimeSpan.FromMilliseconds(milliseconds.Value), rules.CrawlDelay);
    }

    [Fact]
    public void Collects_sitemaps_wherever_they_appear()
    {
        var rules = RobotsRules.Parse("Sitemap: https://example.org/a.xml\nUser-agent: *\nDisallow: /x\nSitemap: https://example.org/b.xml", Token);

        Assert.Equal(["https://example.org/a.xml", "https://example.org/b.xml"], rules.Sitemaps);
    }

    [Fact]
    public void Matching_a_long_path_against_many_wildcards_does_not_backtrack()
    {
        var path = "/" + new string('a', 20_000);
        var pattern = "/" + string.Concat(Enumerable.Repeat("*a", 200)) + "b";

        Assert.False(RobotsRules.Matches(path, pattern));
    }

    [Fact]
    public void Disallow_all_disallows_every_page_but_robots_txt()
    {
        var rules = RobotsRules.DisallowAll("robots.txt answered 503");

        Assert.False(rules.IsAllowed(new Uri("https://example.org/")));
        Assert.True(rules.IsAllowed(new Uri("https://example.org/robots.txt")));
        Assert.Equal("robots.txt answered 503", rules.Summary);
    }
}
