using JobAggregator.Scraper.Scraping;

namespace JobAggregator.Scraper.Tests.Scraping;

public sealed class PostingKeysTests
{
    [Fact]
    public void Same_opening_gives_the_same_key_whatever_the_url_decoration()
    {
        var plain = PostingKeys.For("gip", new Uri("http://Example.test/jobs/ops/"), "Ops", null);
        var decorated = PostingKeys.For("gip", new Uri("http://example.test/jobs/ops?utm_source=x#apply"), "Other title", null);

        Assert.Equal(plain, decorated);
        Assert.Equal(32, plain.Length);
    }

    [Fact]
    public void Different_sources_or_urls_give_different_keys()
    {
        var url = new Uri("http://example.test/jobs/ops/");

        Assert.NotEqual(PostingKeys.For("a", url, "Ops", null), PostingKeys.For("b", url, "Ops", null));
        Assert.NotEqual(PostingKeys.For("a", url, "Ops", null), PostingKeys.For("a", new Uri("http://example.test/jobs/ops2/"), "Ops", null));
    }

    [Fact]
    public void Without_a_url_the_title_and_organisation_make_the_key()
    {
        Assert.Equal(PostingKeys.For("a", null, "Staff  Attorney", "IP"), PostingKeys.For("a", null, "staff attorney", "ip"));
        Assert.NotEqual(PostingKeys.For("a", null, "Staff Attorney", "IP"), PostingKeys.For("a", null, "Investigator", "IP"));
    }
}
