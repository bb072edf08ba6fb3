using System.Security.Cryptography;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>What the scraper last published of each source, compared with each run, in memory and in a real folder.</summary>
public sealed class PublishedContentTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("jobaggregator-published-").FullName;
    private readonly CapturedLogs _logs = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Knowing_nothing_of_a_source_publishes_every_posting()
    {
        var published = InMemory();

        Assert.Equal(["key-1", "key-2"], await RunAsync(published, "acme", Posting("key-1"), Posting("key-2")));
    }

    [Fact]
    public async Task A_later_run_publishes_only_new_and_changed_postings()
    {
        var published = InMemory();
        await RunAsync(published, "acme", Posting("key-1"), Posting("key-2"), Posting("key-3"));

        var later = T0.AddHours(6);
        var changed = await RunAsync(
            published,
            "acme",
            Posting("key-1", later),
            Posting("key-2", later) with { SalaryText = "$60,000 a year" },
            Posting("key-4", later));

        Assert.Equal(["key-2", "key-4"], changed);
    }

    [Fact]
    public async Task A_posting_a_run_did_not_list_is_published_again_when_it_returns()
    {
        var published = InMemory();
        await RunAsync(published, "acme", Posting("key-1"), Posting("key-2"));
        await RunAsync(published, "acme", Posting("key-1", T0.AddHours(1)));

        Assert.Equal(["key-2"], await RunAsync(published, "acme", Posting("key-1", T0.AddHours(2)), Posting("key-2", T0.AddHours(2))));
    }

    [Fact]
    public void A_run_not_remembered_because_its_publishing_failed_publishes_again()
    {
        var published = InMemory();
        Assert.True(published.Compare("acme").Changed(Posting("key-1")));

        Assert.True(published.Compare("acme").Changed(Posting("key-1", T0.AddHours(1))));
    }

    [Fact]
    public async Task Sources_are_compared_apart()
    {
        var published = InMemory();
        await RunAsync(published, "acme", Posting("key-1"));

        Assert.Single(await RunAsync(published, "other", Posting("key-1") with { SourceId = "other" }));
    }

    [Fact]
    public async Task A_restarted_scraper_publishes_only_what_changed_since_the_last_run_before_the_restart()
    {
        var before = InFolder();
        before.Open();
        await RunAsync(before, "acme", Posting("key-1"), Posting("key-2"), Posting("key-3"));
        before.Close(nothingInFlight: true);

        var restarted = InFolder();
        restarted.Open();
        var changed = await RunAsync(
            restarted,
            "acme",
            Posting("key-1", T0.AddHours(1)),
            Posting("key-2", T0.AddHours(1)) with { LocationText = "Savannah, GA" },
            Posting("key-3", T0.AddHours(1)));

        Assert.Equal(["key-2"], changed);
        Assert.True(File.Exists(Path.Combine(_folder, "acme.published")));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("cut short")]
    [InlineData("one byte changed")]
    [InlineData("empty")]
    public async Task A_state_file_that_cannot_be_read_is_logged_with_its_path_and_every_posting_is_published(string damage)
    {
        await RunAsync(InFolder(), "acme", Posting("key-1"), Posting("key-2"));
        var path = Path.Combine(_folder, "acme.published");
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        byte[] damaged = damage switch
        {
            "garbage" => "not a state file at all, just some text"u8.ToArray(),
            "cut short" => bytes[..^7],
            "one byte changed" => [.. bytes[..20], (byte)(bytes[20] ^ 0x55), .. bytes[21..]],
            _ => [],
        };
        await File.WriteAllBytesAsync(path, damaged, TestContext.Current.CancellationToken);

        var changed = await RunAsync(InFolder(), "acme", Posting("key-1", T0.AddHours(1)), Posting("key-2", T0.AddHours(1)));

        Assert.Equal(["key-1", "key-2"], changed);
        Assert.Contains(_logs.Lines, line => line.StartsWith("Warning:", StringComparison.Ordinal) && line.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_of_another_source_is_not_read_as_this_one()
    {
        await RunAsync(InFolder(), "acme", Posting("key-1"));
        File.Copy(Path.Combine(_folder, "acme.published"), Path.Combine(_folder, "other.published"));

        Assert.Single(await RunAsync(InFolder(), "other", Posting("key-1", T0.AddHours(1)) with { SourceId = "other" }));
        Assert.Contains(_logs.Lines, line => line.Contains("holds source 'acme'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_source_not_published_whole_for_RepublishAfterHours_is_published_whole_again_then_compared_again()
    {
        var time = new ManualTime();
        var published = InFolder(time);
        await RunAsync(published, "acme", Posting("key-1"), Posting("key-2"));
        time.Advance(TimeSpan.FromHours(23));
        Assert.Empty(await RunAsync(published, "acme", Posting("key-1"), Posting("key-2")));

        time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(["key-1", "key-2"], await RunAsync(InFolder(time), "acme", Posting("key-1"), Posting("key-2")));
        Assert.Empty(await RunAsync(InFolder(time), "acme", Posting("key-1"), Posting("key-2")));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task A_scraper_that_stopped_with_postings_on_their_way_or_not_at_all_leaves_the_next_one_publishing_everything(bool closed, bool nothingInFlight)
    {
        var before = InFolder();
        before.Open();
        await RunAsync(before, "acme", Posting("key-1"));
        if (closed)
        {
            before.Close(nothingInFlight);
        }

        var restarted = InFolder();
        restarted.Open();
        var changed = await RunAsync(restarted, "acme", Posting("key-1", T0.AddHours(1)));

        Assert.Equal(closed && nothingInFlight ? [] : ["key-1"], changed);
    }

    [Fact]
    public async Task A_restarted_scraper_knows_the_listing_the_last_run_read_from_its_page_alone()
    {
        var read = new ListingRead(UInt128.MaxValue - 5, "greenhouse", ListingKind.ApiOrFeed);
        var before = InFolder();
        var comparison = before.Compare("acme");
        comparison.Changed(Posting("key-1"));
        comparison.Changed(Posting("key-2"));
        await before.RememberAsync("acme", comparison, TestContext.Current.CancellationToken, read);

        var restarted = InFolder().Compare("acme");

        Assert.Equal(read, restarted.LastRead);
        Assert.Equal(["key-1", "key-2"], restarted.PublishedKeys.Order());
    }

    [Fact]
    public async Task Keys_made_by_PostingKeys_and_others_are_compared_and_listed_as_they_were_after_a_restart()
    {
        var made = PostingKeys.For("acme", new Uri("https://jobs.example.test/1"), "Staff Attorney", null);
        var before = InFolder();
        var comparison = before.Compare("acme");
        comparison.Changed(Posting(made));
        comparison.Changed(Posting("key-1"));
        Assert.Equal([made, "key-1"], comparison.ListedKeys);
        await before.RememberAsync("acme", comparison, TestContext.Current.CancellationToken);

        var restarted = InFolder();

        Assert.Equal([made, "key-1"], restarted.Compare("acme").PublishedKeys.Order(StringComparer.Ordinal));
        Assert.Equal([made], await RunAsync(restarted, "acme", Posting(made, T0.AddHours(1)) with { LocationText = "Savannah, GA" }, Posting("key-1", T0.AddHours(1))));
    }

    [Fact]
    public async Task A_source_published_whole_again_is_not_taken_for_its_last_listing_read()
    {
        var time = new ManualTime();
        var published = InFolder(time);
        var comparison = published.Compare("acme");
        comparison.Changed(Posting("key-1"));
        await published.RememberAsync("acme", comparison, TestContext.Current.CancellationToken, new ListingRead(7, "greenhouse", ListingKind.ApiOrFeed));

        time.Advance(TimeSpan.FromHours(25));

        Assert.Null(published.Compare("acme").LastRead);
    }

    [Fact]
    public async Task A_file_written_before_listing_reads_were_kept_is_still_compared_with()
    {
        await RunAsync(InFolder(), "acme", Posting("key-1"));
        var path = Path.Combine(_folder, "acme.published");
        var written = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        // Version 1 ended with the hashes: no listing flag before the checksum.
        byte[] payload = [.. "JAPUB1"u8, .. written[6..^(SHA256.HashSizeInBytes + 1)]];
        await File.WriteAllBytesAsync(path, [.. payload, .. SHA256.HashData(payload)], TestContext.Current.CancellationToken);

        var restarted = InFolder();

        Assert.Empty(await RunAsync(restarted, "acme", Posting("key-1", T0.AddHours(1))));
        Assert.Null(restarted.Compare("acme").LastRead);
    }

    [Fact]
    public async Task Without_a_state_directory_nothing_is_written()
    {
        await RunAsync(InMemory(), "acme", Posting("key-1"));

        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    private PublishedContent InMemory() => New(null, TimeProvider.System);

    private PublishedContent InFolder(TimeProvider? time = null) => New(_folder, time ?? TimeProvider.System);

    private PublishedContent New(string? folder, TimeProvider time) =>
        new(Options.Create(new ScraperOptions { StateDirectory = folder }), time, new Logger<PublishedContent>(new LoggerFactory([_logs])));

    /// <summary>One run as the scraper's consumer makes it: each posting compared, then the run remembered.</summary>
    private static async Task<List<string>> RunAsync(PublishedContent published, string sourceId, params PostingScraped[] postings)
    {
        var comparison = published.Compare(sourceId);
        var changed = postings.Where(comparison.Changed).Select(p => p.PostingKey).ToList();
        await published.RememberAsync(sourceId, comparison, TestContext.Current.CancellationToken);
        return changed;
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
