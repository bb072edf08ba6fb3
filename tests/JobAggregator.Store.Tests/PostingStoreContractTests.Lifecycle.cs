using JobAggregator.Contracts;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>The parsed fields, revisions and closing rules of issue 5.</summary>
public abstract partial class PostingStoreContractTests
{
    [Fact]
    public async Task Parsed_fields_read_back_exactly()
    {
        var (store, reader) = await StartAsync();
        var posting = Posting("key-1") with
        {
            Location = new NormalizedLocation("Atlanta, GA or remote", "Atlanta", "GA", "US", false)
            {
                Hybrid = true,
                OtherPlaces = [new NormalizedPlace("Savannah", "GA", "US"), new NormalizedPlace(null, null, "CA")],
            },
            Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour")
            {
                AnnualMin = 37211.20m,
                AnnualMax = 106038.40m,
            },
            Categories = [PostingCategories.Attorney, PostingCategories.Policy],
            Language = "es",
            OpenUntilFilled = true,
            SourceOrganizationId = "innocence-network",
        };

        await store.UpsertAsync(posting, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.NotNull(stored);
        Assert.True(stored.Content.Location.Hybrid);
        Assert.Equal([new NormalizedPlace("Savannah", "GA", "US"), new NormalizedPlace(null, null, "CA")], stored.Content.Location.OtherPlaces);
        Assert.Equal(posting.Location with { OtherPlaces = stored.Content.Location.OtherPlaces }, stored.Content.Location);
        Assert.Equal(posting.Salary, stored.Content.Salary);
        Assert.Equal(37211.20m, stored.Content.Salary!.AnnualMin);
        Assert.Equal(106038.40m, stored.Content.Salary.AnnualMax);
        Assert.Equal([PostingCategories.Attorney, PostingCategories.Policy], stored.Content.Categories);
        Assert.Equal("es", stored.Content.Language);
        Assert.True(stored.Content.OpenUntilFilled);
        Assert.Equal("innocence-network", stored.Content.SourceOrganizationId);
        Assert.Null(stored.ClosedReason);
        Assert.Empty(stored.Revisions);
    }

    [Fact]
    public async Task Posting_without_parsed_fields_reads_back_their_defaults()
    {
        var (store, reader) = await StartAsync();

        await store.UpsertAsync(Posting("key-1"), Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.NotNull(stored);
        Assert.Empty(stored.Content.Categories);
        Assert.Null(stored.Content.Language);
        Assert.False(stored.Content.OpenUntilFilled);
        Assert.Null(stored.Content.SourceOrganizationId);
        Assert.False(stored.Content.Location.Hybrid);
        Assert.Empty(stored.Content.Location.OtherPlaces);
        Assert.False(stored.DatePostedSuspect);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("2025-03-01", false)]
    [InlineData("2025-03-02", false)]
    [InlineData("2025-03-03", true)]
    [InlineData("2026-01-15", true)]
    [InlineData("2024-03-01", false)]
    [InlineData("2024-02-29", true)]
    [InlineData("2019-06-30", true)]
    public async Task Date_posted_is_suspect_in_the_future_or_over_a_year_before_first_seen(string? datePosted, bool suspect)
    {
        var (store, reader) = await StartAsync();
        var posted = datePosted is null ? (DateOnly?)null : DateOnly.Parse(datePosted, System.Globalization.CultureInfo.InvariantCulture);

        await store.UpsertAsync(Posting("key-1", T0) with { DatePosted = posted }, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(suspect, stored!.DatePostedSuspect);
        Assert.Equal(posted, stored.Content.DatePosted);
    }

    [Fact]
    public async Task Changed_posting_records_a_revision_naming_what_changed_and_sets_updated()
    {
        var (store, reader) = await StartAsync();
        var first = Posting("key-1", T0) with
        {
            Salary = new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+") { AnnualMin = 36000m },
            ValidThrough = new DateOnly(2025, 4, 30),
        };
        await store.UpsertAsync(first, Ct);
        var raised = first with
        {
            ScrapeRunId = Guid.NewGuid(),
            ScrapedAt = T0.AddDays(1),
            ContentHash = "hash-2",
            Salary = new NormalizedSalary(40000m, null, "USD", "YEAR", "$40,000+") { AnnualMin = 40000m },
            ValidThrough = new DateOnly(2025, 5, 31),
        };

        await store.UpsertAsync(raised, Ct);
        var moved = raised with
        {
            ScrapeRunId = Guid.NewGuid(),
            ScrapedAt = T0.AddDays(2),
            ContentHash = "hash-3",
            Location = new NormalizedLocation("Remote - US", null, null, "US", true),
            DescriptionText = "Now fully remote.",
        };
        await store.UpsertAsync(moved, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(T0.AddDays(2), stored!.Updated);
        Assert.Equal(2, stored.Revisions.Count);
        Assert.Equal(T0.AddDays(1), stored.Revisions[0].At);
        Assert.Equal(raised.ScrapeRunId, stored.Revisions[0].ScrapeRunId);
        Assert.Equal(["salary", "validThrough"], stored.Revisions[0].ChangedFields);
        Assert.Equal(T0.AddDays(2), stored.Revisions[1].At);
        Assert.Equal(["location", "description"], stored.Revisions[1].ChangedFields);
    }

    [Fact]
    public async Task Revision_names_changed_categories_language_and_urls()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { Categories = [PostingCategories.Paralegal], Language = "en" }, Ct);

        await store.UpsertAsync(
            Posting("key-1", T0.AddHours(1), hash: "hash-2") with
            {
                Title = "Senior Paralegal",
                Categories = [PostingCategories.Paralegal, PostingCategories.Intake],
                Language = "es",
                Url = "https://jobs.example.test/moved",
                ApplyUrl = "https://jobs.example.test/moved/apply",
            },
            Ct);

        var revision = Assert.Single((await reader.GetAsync("key-1", Ct))!.Revisions);
        Assert.Equal(["title", "url", "applyUrl", "categories", "language"], revision.ChangedFields);
    }

    [Fact]
    public async Task Same_content_seen_again_records_no_revision()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        await store.UpsertAsync(Posting("key-1", T0.AddHours(1)), Ct);

        Assert.Empty((await reader.GetAsync("key-1", Ct))!.Revisions);
    }

    [Fact]
    public async Task Feed_source_closes_a_posting_after_one_run_without_it()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("kept", T0), Ct);
        await store.UpsertAsync(Posting("dropped", T0), Ct);
        var run = Completed(T0.AddHours(1), ["kept"], listedByApiOrFeed: true);

        await store.CompleteRunAsync(run, Ct);

        var dropped = await reader.GetAsync("dropped", Ct);
        Assert.Equal(PostingStatus.Closed, dropped!.Status);
        Assert.Equal(ClosedReasons.Missing, dropped.ClosedReason);
        Assert.Equal(run.FinishedAt, dropped.ClosedAt);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("kept", Ct))!.Status);
    }

    [Fact]
    public async Task Html_source_closes_a_posting_only_after_two_runs_without_it()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("kept", T0), Ct);
        await store.UpsertAsync(Posting("dropped", T0), Ct);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["kept"]), Ct);
        var afterOne = await reader.GetAsync("dropped", Ct);
        await store.UpsertAsync(Posting("kept", T0.AddHours(2).AddMinutes(1)), Ct);
        var second = CompletedFromHtml(T0.AddHours(2), ["kept"]);
        await store.CompleteRunAsync(second, Ct);

        Assert.Equal(PostingStatus.Open, afterOne!.Status);
        Assert.Null(afterOne.ClosedReason);
        var dropped = await reader.GetAsync("dropped", Ct);
        Assert.Equal(PostingStatus.Closed, dropped!.Status);
        Assert.Equal(ClosedReasons.Missing, dropped.ClosedReason);
        Assert.Equal(second.FinishedAt, dropped.ClosedAt);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("kept", Ct))!.Status);
    }

    [Fact]
    public async Task Html_source_listing_the_posting_again_between_misses_starts_the_count_over()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("flaky", T0), Ct);
        await store.UpsertAsync(Posting("other", T0), Ct);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["other"]), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(2), ["other", "flaky"]), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(3), ["other"]), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("flaky", Ct))!.Status);
    }

    [Fact]
    public async Task Html_source_sighting_between_misses_starts_the_count_over()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("flaky", T0), Ct);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["other"]), Ct);
        await store.UpsertAsync(Posting("flaky", T0.AddHours(1).AddMinutes(30)), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(2), ["other"]), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("flaky", Ct))!.Status);
    }

    [Fact]
    public async Task Html_run_delivered_twice_counts_as_one_miss()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        var run = CompletedFromHtml(T0.AddHours(1), ["other"]);

        await store.CompleteRunAsync(run, Ct);
        await store.CompleteRunAsync(run, Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
    }

    [Fact]
    public async Task Posting_message_delivered_again_after_a_miss_does_not_start_the_count_over()
    {
        var (store, reader) = await StartAsync();
        var posting = Posting("key-1", T0);
        await store.UpsertAsync(posting, Ct);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["other"]), Ct);
        await store.UpsertAsync(posting, Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(2), ["other"]), Ct);

        Assert.Equal(ClosedReasons.Missing, (await reader.GetAsync("key-1", Ct))!.ClosedReason);
    }

    [Fact]
    public async Task Failed_not_modified_and_empty_runs_close_nothing_and_do_not_count_as_misses()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["other"]), Ct);
        await store.FailRunAsync(Failed(T0.AddHours(2), "HTTP 403 Forbidden") with { HttpStatus = 403 }, Ct);
        await store.FailRunAsync(Failed(T0.AddHours(3), "HTTP 429 Too Many Requests") with { HttpStatus = 429 }, Ct);
        await store.FailRunAsync(Failed(T0.AddHours(4), "Refused by robots.txt") with { HttpStatus = null }, Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(5), [], notModified: true), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(6), []) with { NoPostingsReason = "no-listing" }, Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(7), [], listedByApiOrFeed: false), Ct);

        var stillOpen = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Open, stillOpen!.Status);
        Assert.Null(stillOpen.ClosedReason);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(8), ["other"]), Ct);
        Assert.Equal(ClosedReasons.Missing, (await reader.GetAsync("key-1", Ct))!.ClosedReason);
    }

    [Fact]
    public async Task A_truncated_listing_counts_nothing_as_missing_even_from_a_feed()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("on-a-later-page", T0), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["other"]) with { ListingTruncated = true }, Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(2), ["other"]) with { ListingTruncated = true }, Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(3), ["other"]) with { ListingTruncated = true }, Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("on-a-later-page", Ct))!.Status);

        await store.CompleteRunAsync(Completed(T0.AddHours(4), ["other"]), Ct);
        Assert.Equal(ClosedReasons.Missing, (await reader.GetAsync("on-a-later-page", Ct))!.ClosedReason);
    }

    [Fact]
    public async Task Detail_page_gone_closes_the_posting_at_once_even_from_an_html_run_that_listed_nothing()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("gone", T0), Ct);
        await store.UpsertAsync(Posting("kept", T0), Ct);
        var run = CompletedFromHtml(T0.AddHours(1), []) with { GonePostingKeys = ["gone"] };

        await store.CompleteRunAsync(run, Ct);

        var gone = await reader.GetAsync("gone", Ct);
        Assert.Equal(PostingStatus.Closed, gone!.Status);
        Assert.Equal(ClosedReasons.Gone, gone.ClosedReason);
        Assert.Equal(run.FinishedAt, gone.ClosedAt);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("kept", Ct))!.Status);
    }

    [Fact]
    public async Task Detail_page_gone_in_a_feed_run_that_listed_others_closes_as_gone_not_missing()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("gone", T0), Ct);
        await store.UpsertAsync(Posting("kept", T0), Ct);
        var run = Completed(T0.AddHours(1), ["kept"], listedByApiOrFeed: true) with { GonePostingKeys = ["gone"] };

        await store.CompleteRunAsync(run, Ct);

        var gone = await reader.GetAsync("gone", Ct);
        Assert.Equal(PostingStatus.Closed, gone!.Status);
        Assert.Equal(ClosedReasons.Gone, gone.ClosedReason);
    }

    [Fact]
    public async Task Gone_keys_close_only_postings_of_the_run_source()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("shared-key", T0, sourceId: "other-source"), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["x"]) with { GonePostingKeys = ["shared-key"] }, Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("shared-key", Ct))!.Status);
    }

    [Fact]
    public async Task Posting_past_its_valid_through_closes_on_any_run_of_any_source()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("past", T0) with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        await store.UpsertAsync(Posting("last-day", T0) with { ValidThrough = new DateOnly(2025, 3, 11) }, Ct);
        await store.UpsertAsync(Posting("rolling", T0) with { ValidThrough = new DateOnly(2025, 3, 10), OpenUntilFilled = true }, Ct);
        await store.UpsertAsync(Posting("no-date", T0), Ct);
        var otherSourceRun = Completed(new DateTimeOffset(2025, 3, 11, 9, 0, 0, TimeSpan.Zero), [], sourceId: "other-source");

        await store.CompleteRunAsync(otherSourceRun, Ct);

        var past = await reader.GetAsync("past", Ct);
        Assert.Equal(PostingStatus.Closed, past!.Status);
        Assert.Equal(ClosedReasons.Expired, past.ClosedReason);
        Assert.Equal(otherSourceRun.FinishedAt, past.ClosedAt);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("last-day", Ct))!.Status);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("rolling", Ct))!.Status);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("no-date", Ct))!.Status);
    }

    [Fact]
    public async Task Posting_past_its_valid_through_closes_on_a_failed_run_too()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("past", T0) with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        var failure = Failed(new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero));

        await store.FailRunAsync(failure, Ct);

        var past = await reader.GetAsync("past", Ct);
        Assert.Equal(ClosedReasons.Expired, past!.ClosedReason);
        Assert.Equal(failure.FailedAt, past.ClosedAt);
    }

    [Fact]
    public async Task Posting_first_seen_past_its_valid_through_is_stored_closed()
    {
        var (store, reader) = await StartAsync();

        await store.UpsertAsync(Posting("late", T0) with { ValidThrough = new DateOnly(2020, 3, 10) }, Ct);

        var late = await reader.GetAsync("late", Ct);
        Assert.Equal(PostingStatus.Closed, late!.Status);
        Assert.Equal(ClosedReasons.Expired, late.ClosedReason);
        Assert.Equal(T0, late.ClosedAt);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Closed_posting_that_reappears_reopens_with_its_reason_and_count_cleared()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["other"]), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(2), ["other"]), Ct);
        Assert.Equal(ClosedReasons.Missing, (await reader.GetAsync("key-1", Ct))!.ClosedReason);

        await store.UpsertAsync(Posting("key-1", T0.AddHours(3).AddMinutes(1)), Ct);
        var reopened = await reader.GetAsync("key-1", Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(4), ["other"]), Ct);

        Assert.Equal(PostingStatus.Open, reopened!.Status);
        Assert.Null(reopened.ClosedReason);
        Assert.Null(reopened.ClosedAt);
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
    }

    [Fact]
    public async Task Listed_posting_the_scraper_did_not_publish_again_is_seen_by_the_run()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.UpsertAsync(Posting("key-2", T0), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(1), ["key-2"]), Ct);

        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(2), ["key-1", "key-2"]), Ct);
        await store.CompleteRunAsync(CompletedFromHtml(T0.AddHours(3), ["key-2"]), Ct);

        var seen = await reader.GetAsync("key-1", Ct);
        Assert.Equal(T0.AddHours(2), seen!.LastSeen);
        Assert.Equal(PostingStatus.Open, seen.Status);
        Assert.Equal(T0.AddHours(3), (await reader.GetAsync("key-2", Ct))!.LastSeen);
        Assert.Empty(seen.Revisions);
    }

    [Fact]
    public async Task Closed_posting_listed_again_without_its_message_reopens()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["other"]), Ct);
        Assert.Equal(PostingStatus.Closed, (await reader.GetAsync("key-1", Ct))!.Status);

        await store.CompleteRunAsync(Completed(T0.AddHours(2), ["key-1"]), Ct);

        var reopened = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Open, reopened!.Status);
        Assert.Null(reopened.ClosedReason);
        Assert.Equal(T0.AddHours(2), reopened.LastSeen);
        Assert.Equal(1, (await reader.SearchAsync(new JobQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Expired_posting_listed_again_without_its_message_stays_closed()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        await store.CompleteRunAsync(Completed(T0.AddDays(10), ["key-1"]), Ct);

        await store.CompleteRunAsync(Completed(T0.AddDays(11), ["key-1"]), Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Closed, stored!.Status);
        Assert.Equal(ClosedReasons.Expired, stored.ClosedReason);
    }

    [Fact]
    public async Task Gone_posting_that_reappears_in_a_later_run_reopens()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["key-1"]) with { GonePostingKeys = ["key-1"] }, Ct);

        await store.UpsertAsync(Posting("key-1", T0.AddHours(2)), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
    }

    [Fact]
    public async Task Expired_posting_that_reappears_stays_closed()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        await store.CompleteRunAsync(Completed(new DateTimeOffset(2025, 3, 12, 8, 0, 0, TimeSpan.Zero), ["key-1"]), Ct);

        await store.UpsertAsync(
            Posting("key-1", new DateTimeOffset(2025, 3, 13, 8, 0, 0, TimeSpan.Zero)) with { ValidThrough = new DateOnly(2025, 3, 10) },
            Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Closed, stored!.Status);
        Assert.Equal(ClosedReasons.Expired, stored.ClosedReason);
    }

    [Fact]
    public async Task Expired_posting_that_reappears_with_a_later_deadline_reopens()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { ValidThrough = new DateOnly(2025, 3, 10) }, Ct);
        await store.CompleteRunAsync(Completed(new DateTimeOffset(2025, 3, 12, 8, 0, 0, TimeSpan.Zero), ["key-1"]), Ct);

        await store.UpsertAsync(
            Posting("key-1", new DateTimeOffset(2025, 3, 13, 8, 0, 0, TimeSpan.Zero), hash: "hash-2") with
            {
                ValidThrough = new DateOnly(2025, 4, 10),
            },
            Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Open, stored!.Status);
        Assert.Null(stored.ClosedReason);
        Assert.Equal(["validThrough"], Assert.Single(stored.Revisions).ChangedFields);
    }

    [Fact]
    public async Task Open_posting_whose_new_version_is_past_its_valid_through_closes()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        await store.UpsertAsync(Posting("key-1", T0.AddDays(1), hash: "hash-2") with { ValidThrough = new DateOnly(2025, 2, 28) }, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(ClosedReasons.Expired, stored!.ClosedReason);
        Assert.Equal(T0.AddDays(1), stored.ClosedAt);
    }
}
