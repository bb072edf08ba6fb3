using JobAggregator.Contracts;
using JobAggregator.Scraper.Scraping;

namespace JobAggregator.Scraper.Tests.Scraping;

public sealed class PublishedContentTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Knowing_nothing_of_a_source_publishes_every_posting()
    {
        var published = new PublishedContent();

        var changed = published.Changed("acme", [Posting("key-1"), Posting("key-2")]);

        Assert.Equal(["key-1", "key-2"], changed.Postings.Select(p => p.PostingKey));
    }

    [Fact]
    public void A_later_run_publishes_only_new_and_changed_postings()
    {
        var published = new PublishedContent();
        published.Remember("acme", published.Changed("acme", [Posting("key-1"), Posting("key-2"), Posting("key-3")]));

        var later = T0.AddHours(6);
        var changed = published.Changed(
            "acme",
            [
                Posting("key-1", later),
                Posting("key-2", later) with { SalaryText = "$60,000 a year" },
                Posting("key-4", later),
            ]);

        Assert.Equal(["key-2", "key-4"], changed.Postings.Select(p => p.PostingKey));
    }

    [Fact]
    public void A_posting_a_run_did_not_list_is_published_again_when_it_returns()
    {
        var published = new PublishedContent();
        published.Remember("acme", published.Changed("acme", [Posting("key-1"), Posting("key-2")]));
        published.Remember("acme", published.Changed("acme", [Posting("key-1", T0.AddHours(1))]));

        var changed = published.Changed("acme", [Posting("key-1", T0.AddHours(2)), Posting("key-2", T0.AddHours(2))]);

        Assert.Equal(["key-2"], changed.Postings.Select(p => p.PostingKey));
    }

    [Fact]
    public void A_run_not_remembered_because_its_publishing_failed_publishes_again()
    {
        var published = new PublishedContent();
        _ = published.Changed("acme", [Posting("key-1")]);

        Assert.Single(published.Changed("acme", [Posting("key-1", T0.AddHours(1))]).Postings);
    }

    [Fact]
    public void Sources_are_compared_apart()
    {
        var published = new PublishedContent();
        published.Remember("acme", published.Changed("acme", [Posting("key-1")]));

        Assert.Single(published.Changed("other", [Posting("key-1") with { SourceId = "other" }]).Postings);
    }

    private static PostingScraped Posting(string key, DateTimeOffset? scrapedAt = null) =>
        new(
            "acme",
            Guid.NewGuid(),
            scrapedAt ?? T0,
            key,
            $"Staff Attorney {key}",
            "Acme Legal Aid",
            "Atlanta, GA",
            "Full-time",
            "$50,000 a year",
            null,
            "2025-02-20",
            null,
            $"<p>Represent clients, {key}.</p>",
            $"https://jobs.example.test/{key}",
            null,
            "greenhouse");
}
