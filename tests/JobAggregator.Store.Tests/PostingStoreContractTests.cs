using JobAggregator.Contracts;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>What every store must do, written once; each provider inherits it and supplies an empty store.</summary>
public abstract partial class PostingStoreContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store that no other test sees; the suite calls InitializeAsync itself.</summary>
    protected abstract Task<(IPostingStore Store, IPostingReader Reader)> CreateStoreAsync();

    [Fact]
    public async Task Inserted_posting_reads_back_every_field_exactly()
    {
        var (store, reader) = await StartAsync();
        var scrapedAt = new DateTimeOffset(2025, 3, 1, 10, 15, 30, 123, TimeSpan.FromHours(2));
        var posting = new PostingNormalized(
            "acme-careers",
            Guid.NewGuid(),
            scrapedAt,
            "key-1",
            "Warehouse Associate",
            new NormalizedOrganization("acme-logistics", "Acme Logistics GmbH"),
            new NormalizedLocation("Zürich, Switzerland", "Zürich", "ZH", "CH", true),
            "PART_TIME",
            new NormalizedSalary(17.89m, 50.98m, "CHF", "HOUR", "CHF 17.89 – 50.98 per hour"),
            new DateOnly(2025, 2, 27),
            new DateOnly(2025, 4, 30),
            "<p>Lift <strong>boxes</strong></p>",
            "Lift boxes",
            "https://jobs.example.test/1",
            "https://jobs.example.test/1/apply",
            "json-ld",
            "sha256:abc");

        await store.UpsertAsync(posting, Ct);

        var expected = new StoredPosting(
            posting,
            scrapedAt,
            scrapedAt,
            null,
            null,
            PostingStatus.Open);
        var stored = await reader.GetAsync("key-1", Ct);
        // A posting alone is an opening of one; its id is the clusterer's to choose.
        Assert.NotNull(stored?.ClusterId);
        Assert.Equal(expected with { ClusterId = stored.ClusterId }, stored);
        Assert.Equal("17.89", stored!.Content.Salary!.Min!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("50.98", stored.Content.Salary.Max!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Posting_without_optional_fields_reads_back_nulls()
    {
        var (store, reader) = await StartAsync();
        var posting = Posting("key-1") with
        {
            Location = new NormalizedLocation(null, null, null, null, false),
            EmploymentType = null,
            DescriptionText = null,
            Url = null,
        };

        await store.UpsertAsync(posting, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.NotNull(stored);
        Assert.Equal(new NormalizedLocation(null, null, null, null, false), stored.Content.Location);
        Assert.Null(stored.Content.EmploymentType);
        Assert.Null(stored.Content.Salary);
        Assert.Null(stored.Content.DatePosted);
        Assert.Null(stored.Content.ValidThrough);
        Assert.Null(stored.Content.DescriptionHtml);
        Assert.Null(stored.Content.DescriptionText);
        Assert.Null(stored.Content.Url);
        Assert.Null(stored.Content.ApplyUrl);
    }

    [Fact]
    public async Task Salary_with_text_only_stays_a_salary()
    {
        var (store, reader) = await StartAsync();
        var salary = new NormalizedSalary(null, null, null, null, "Competitive");

        await store.UpsertAsync(Posting("key-1") with { Salary = salary }, Ct);

        Assert.Equal(salary, (await reader.GetAsync("key-1", Ct))!.Content.Salary);
    }

    [Fact]
    public async Task Unknown_id_reads_as_null()
    {
        var (_, reader) = await StartAsync();

        Assert.Null(await reader.GetAsync("no-such-key", Ct));
    }

    [Fact]
    public async Task Same_message_twice_keeps_one_posting_with_updated_null()
    {
        var (store, reader) = await StartAsync();
        var posting = Posting("key-1");

        await store.UpsertAsync(posting, Ct);
        var first = await reader.GetAsync("key-1", Ct);
        await store.UpsertAsync(posting, Ct);

        var page = await reader.SearchAsync(new JobQuery(), Ct);
        Assert.Equal(1, page.Total);
        Assert.Equal(first, page.Items.Single());
        Assert.Null(page.Items.Single().Updated);
    }

    [Fact]
    public async Task Same_content_seen_later_moves_only_last_seen()
    {
        var (store, reader) = await StartAsync();

        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.UpsertAsync(Posting("key-1", T0.AddHours(1)), Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(T0, stored!.FirstSeen);
        Assert.Equal(T0.AddHours(1), stored.LastSeen);
        Assert.Null(stored.Updated);
    }

    [Fact]
    public async Task Changed_content_replaces_fields_and_sets_updated()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { Salary = new NormalizedSalary(10m, 20m, "EUR", "HOUR", null) }, Ct);
        var changed = Posting("key-1", T0.AddHours(1), hash: "hash-2") with
        {
            Title = "Senior Forklift Driver",
            Organization = new NormalizedOrganization("acme-new", "Acme New"),
            Location = new NormalizedLocation("Hamburg", "Hamburg", null, "DE", true),
            EmploymentType = "CONTRACTOR",
            Salary = null,
            DatePosted = new DateOnly(2025, 3, 1),
            DescriptionText = "Drive forklifts",
            ExtractedBy = "css",
        };

        await store.UpsertAsync(changed, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.NotNull(stored);
        Assert.Equal("Senior Forklift Driver", stored.Content.Title);
        Assert.Equal(new NormalizedOrganization("acme-new", "Acme New"), stored.Content.Organization);
        Assert.Equal(new NormalizedLocation("Hamburg", "Hamburg", null, "DE", true), stored.Content.Location);
        Assert.Equal("CONTRACTOR", stored.Content.EmploymentType);
        Assert.Null(stored.Content.Salary);
        Assert.Equal(new DateOnly(2025, 3, 1), stored.Content.DatePosted);
        Assert.Equal("Drive forklifts", stored.Content.DescriptionText);
        Assert.Equal("css", stored.Content.ExtractedBy);
        Assert.Equal("hash-2", stored.Content.ContentHash);
        Assert.Equal(T0, stored.FirstSeen);
        Assert.Equal(T0.AddHours(1), stored.LastSeen);
        Assert.Equal(T0.AddHours(1), stored.Updated);
    }

    [Fact]
    public async Task Older_message_with_other_content_does_not_roll_back_newer_content()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-new") with { Title = "New title" }, Ct);

        await store.UpsertAsync(Posting("key-1", T0, hash: "hash-old") with { Title = "Old title" }, Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal("New title", stored!.Content.Title);
        Assert.Equal("hash-new", stored.Content.ContentHash);
        Assert.Equal(T0.AddHours(1), stored.LastSeen);
        Assert.Null(stored.Updated);
    }

    [Fact]
    public async Task Changed_content_is_found_by_its_new_words_only()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0) with { Title = "Plumber" }, Ct);

        await store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-2") with { Title = "Electrician" }, Ct);

        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Text = "plumber" }, Ct)).Total);
        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { Text = "electrician" }, Ct)).Total);
    }

    [Fact]
    public async Task Completed_run_closes_missing_postings_and_keeps_listed_ones()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("kept", T0), Ct);
        await store.UpsertAsync(Posting("gone", T0), Ct);
        var run = Completed(T0.AddHours(1), ["kept"]);

        await store.CompleteRunAsync(run, Ct);

        var kept = await reader.GetAsync("kept", Ct);
        var gone = await reader.GetAsync("gone", Ct);
        Assert.Equal(PostingStatus.Open, kept!.Status);
        Assert.Null(kept.ClosedAt);
        Assert.Equal(PostingStatus.Closed, gone!.Status);
        Assert.Equal(run.FinishedAt, gone.ClosedAt);
    }

    [Fact]
    public async Task Completed_run_leaves_other_sources_alone()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("mine", T0), Ct);
        await store.UpsertAsync(Posting("theirs", T0, sourceId: "other-source"), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["mine"]), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("theirs", Ct))!.Status);
    }

    [Fact]
    public async Task Completed_run_does_not_close_postings_seen_after_it_started()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("newer", T0.AddHours(1).AddMinutes(1)), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["something-else"]), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("newer", Ct))!.Status);
    }

    [Fact]
    public async Task Run_with_no_posting_keys_closes_nothing()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), []), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
    }

    [Fact]
    public async Task Not_modified_run_closes_nothing()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["key-2"], notModified: true), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
    }

    [Fact]
    public async Task Failed_run_closes_nothing_and_counts_consecutive_failures()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        await store.FailRunAsync(Failed(T0.AddHours(1)), Ct);
        await store.FailRunAsync(Failed(T0.AddHours(2), "Timed out"), Ct);

        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));
        Assert.Equal(2, health.ConsecutiveFailures);
        Assert.Equal("Timed out", health.LastError);
        Assert.Equal(T0.AddHours(2).AddSeconds(30), health.LastFailureAt);
    }

    [Fact]
    public async Task Success_after_failures_resets_consecutive_failures()
    {
        var (store, reader) = await StartAsync();
        await store.FailRunAsync(Failed(T0), Ct);
        await store.FailRunAsync(Failed(T0.AddHours(1)), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(2), ["key-1"]), Ct);

        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Equal(T0.AddHours(1).AddSeconds(30), health.LastFailureAt);
    }

    [Fact]
    public async Task Same_failure_twice_counts_once()
    {
        var (store, reader) = await StartAsync();
        var failure = Failed(T0);

        await store.FailRunAsync(failure, Ct);
        await store.FailRunAsync(failure, Ct);

        Assert.Equal(1, Assert.Single(await reader.GetSourceHealthAsync(Ct)).ConsecutiveFailures);
    }

    [Fact]
    public async Task Failure_of_an_older_run_arriving_late_is_not_a_consecutive_failure()
    {
        var (store, reader) = await StartAsync();
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["key-1"]), Ct);

        await store.FailRunAsync(Failed(T0), Ct);

        Assert.Equal(0, Assert.Single(await reader.GetSourceHealthAsync(Ct)).ConsecutiveFailures);
    }

    [Fact]
    public async Task Run_that_failed_and_then_completed_under_the_same_id_counts_as_a_success()
    {
        var (store, reader) = await StartAsync();
        var runId = Guid.NewGuid();
        await store.UpsertAsync(Posting("gone", T0), Ct);

        await store.FailRunAsync(Failed(T0.AddHours(1), runId: runId), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["other"], runId: runId), Ct);

        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));
        Assert.Equal(0, health.ConsecutiveFailures);
        Assert.Null(health.LastFailureAt);
        Assert.Equal(PostingStatus.Closed, (await reader.GetAsync("gone", Ct))!.Status);
    }

    [Fact]
    public async Task Closed_posting_seen_again_in_a_later_run_reopens()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.UpsertAsync(Posting("key-2", T0), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["key-2"]), Ct);
        Assert.Equal(PostingStatus.Closed, (await reader.GetAsync("key-1", Ct))!.Status);

        await store.UpsertAsync(Posting("key-1", T0.AddHours(2).AddMinutes(1)), Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Open, stored!.Status);
        Assert.Null(stored.ClosedAt);
        Assert.Equal(T0.AddHours(2).AddMinutes(1), stored.LastSeen);
        Assert.Null(stored.Updated);
    }

    [Fact]
    public async Task Late_message_scraped_before_the_closing_run_started_does_not_reopen()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        var closingRun = Completed(T0.AddHours(1), ["key-2"]);
        await store.CompleteRunAsync(closingRun, Ct);

        await store.UpsertAsync(Posting("key-1", T0.AddMinutes(30)), Ct);
        await store.UpsertAsync(Posting("key-1", T0), Ct);

        var stored = await reader.GetAsync("key-1", Ct);
        Assert.Equal(PostingStatus.Closed, stored!.Status);
        Assert.Equal(closingRun.FinishedAt, stored.ClosedAt);
    }

    [Fact]
    public async Task Same_completed_run_twice_changes_nothing_the_second_time()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.UpsertAsync(Posting("key-2", T0), Ct);
        var run = Completed(T0.AddHours(1), ["key-2"]);
        await store.CompleteRunAsync(run, Ct);
        await store.UpsertAsync(Posting("key-1", T0.AddHours(2)), Ct);
        var postingsBefore = await reader.SearchAsync(new JobQuery { IncludeClosed = true }, Ct);
        var healthBefore = await reader.GetSourceHealthAsync(Ct);

        await store.CompleteRunAsync(run, Ct);

        Assert.Equal(postingsBefore.Items, (await reader.SearchAsync(new JobQuery { IncludeClosed = true }, Ct)).Items);
        Assert.Equal(healthBefore, await reader.GetSourceHealthAsync(Ct));
        Assert.Equal(PostingStatus.Open, (await reader.GetAsync("key-1", Ct))!.Status);
    }

    [Fact]
    public async Task Source_health_reports_the_runs_and_postings_of_each_source()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1", T0), Ct);
        await store.UpsertAsync(Posting("key-2", T0), Ct);
        await store.UpsertAsync(Posting("key-3", T0), Ct);
        await store.UpsertAsync(Posting("other-1", T0, sourceId: "other-source"), Ct);
        var success = Completed(T0.AddHours(1), ["key-1", "key-2"]);
        await store.CompleteRunAsync(success, Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(2), [], notModified: true), Ct);
        var failure = Failed(T0.AddHours(3), "HTTP 500");
        await store.FailRunAsync(failure, Ct);

        var health = await reader.GetSourceHealthAsync(Ct);

        Assert.Equal(
            [
                new SourceHealth(
                    Source,
                    failure.FailedAt,
                    T0.AddHours(2).AddMinutes(2),
                    failure.FailedAt,
                    "HTTP 500",
                    1,
                    2,
                    2,
                    TimeSpan.FromSeconds(30))
                {
                    // The run listed both stored postings, so both are seen by it without a message of their own.
                    PostingsStored = 2,
                },
                new SourceHealth("other-source", null, null, null, null, 0, 0, 1, null),
            ],
            health);
    }

    [Fact]
    public async Task Search_finds_words_in_title_organization_location_and_description()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(
            Posting("key-1") with
            {
                Title = "Backend Engineer",
                Organization = new NormalizedOrganization("globex", "Globex Corporation"),
                Location = new NormalizedLocation("Zürich", "Zürich", null, "CH", false),
                DescriptionText = "You will maintain Kubernetes clusters.",
            },
            Ct);
        await store.UpsertAsync(Posting("key-2") with { Title = "Nurse" }, Ct);

        foreach (var text in new[] { "engineer", "globex", "zurich", "Kubernetes", "backend engineer" })
        {
            var page = await reader.SearchAsync(new JobQuery { Text = text }, Ct);
            Assert.Equal("key-1", Assert.Single(page.Items).Id);
        }
    }

    [Fact]
    public async Task Search_matches_the_last_word_as_a_prefix_only()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1") with { Title = "Backend Engineer" }, Ct);

        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { Text = "backend engin" }, Ct)).Total);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Text = "engin backend" }, Ct)).Total);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Text = "frontend" }, Ct)).Total);
    }

    [Theory]
    [InlineData("\"foo")]
    [InlineData("AND (")]
    [InlineData("NEAR(a b")]
    [InlineData("title:engineer")]
    [InlineData("*")]
    [InlineData("-engineer")]
    [InlineData("'; DROP TABLE postings; --")]
    [InlineData("\"\"\"")]
    [InlineData("^engineer OR")]
    [InlineData(")(")]
    [InlineData("100% _remote_")]
    [InlineData("🙂 engineer")]
    public async Task Search_text_with_punctuation_or_operators_never_fails(string text)
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1") with { Title = "Engineer" }, Ct);

        var page = await reader.SearchAsync(new JobQuery { Text = text }, Ct);

        Assert.True(page.Total >= 0);
        Assert.NotNull(await reader.GetAsync("key-1", Ct));
    }

    [Fact]
    public async Task Search_text_of_punctuation_alone_filters_nothing()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1"), Ct);

        Assert.Equal(1, (await reader.SearchAsync(new JobQuery { Text = "((( \"" }, Ct)).Total);
    }

    [Fact]
    public async Task Search_by_organization_matches_id_or_name_whole_and_case_insensitively()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("acme") with { Organization = new NormalizedOrganization("acme", "Acme Corp") }, Ct);
        await store.UpsertAsync(Posting("globex") with { Organization = new NormalizedOrganization("globex", "Globex") }, Ct);

        Assert.Equal("acme", Assert.Single((await reader.SearchAsync(new JobQuery { Organization = "ACME" }, Ct)).Items).Id);
        Assert.Equal("acme", Assert.Single((await reader.SearchAsync(new JobQuery { Organization = "acme corp" }, Ct)).Items).Id);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Organization = "Acme Co" }, Ct)).Total);
    }

    [Fact]
    public async Task Search_by_location_matches_part_of_text_city_region_or_country()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(
            Posting("zurich") with { Location = new NormalizedLocation("Office in town", "Zürich", "ZH", "CH", false) },
            Ct);
        await store.UpsertAsync(
            Posting("berlin") with { Location = new NormalizedLocation("Berlin, Germany", null, null, "DE", false) },
            Ct);

        foreach (var location in new[] { "ZÜRICH", "zh", "ch", "in town", "rich" })
        {
            Assert.Equal("zurich", Assert.Single((await reader.SearchAsync(new JobQuery { Location = location }, Ct)).Items).Id);
        }

        Assert.Equal("berlin", Assert.Single((await reader.SearchAsync(new JobQuery { Location = "germany" }, Ct)).Items).Id);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { Location = "%" }, Ct)).Total);
    }

    [Fact]
    public async Task Search_by_employment_type_is_exact_and_case_insensitive()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("full") with { EmploymentType = "FULL_TIME" }, Ct);
        await store.UpsertAsync(Posting("part") with { EmploymentType = "PART_TIME" }, Ct);

        Assert.Equal("part", Assert.Single((await reader.SearchAsync(new JobQuery { EmploymentType = "part_time" }, Ct)).Items).Id);
        Assert.Equal(0, (await reader.SearchAsync(new JobQuery { EmploymentType = "PART" }, Ct)).Total);
    }

    [Fact]
    public async Task Search_combines_filters()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("match") with { Title = "Cook", EmploymentType = "PART_TIME" }, Ct);
        await store.UpsertAsync(Posting("wrong-type") with { Title = "Cook", EmploymentType = "FULL_TIME" }, Ct);
        await store.UpsertAsync(Posting("wrong-word") with { Title = "Waiter", EmploymentType = "PART_TIME" }, Ct);

        var page = await reader.SearchAsync(
            new JobQuery { Text = "cook", EmploymentType = "PART_TIME", Organization = "acme", Location = "berlin" },
            Ct);

        Assert.Equal("match", Assert.Single(page.Items).Id);
    }

    [Fact]
    public async Task Search_leaves_out_closed_postings_unless_asked()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("open", T0), Ct);
        await store.UpsertAsync(Posting("closed", T0), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["open"]), Ct);

        Assert.Equal("open", Assert.Single((await reader.SearchAsync(new JobQuery(), Ct)).Items).Id);
        Assert.Equal(2, (await reader.SearchAsync(new JobQuery { IncludeClosed = true }, Ct)).Total);
    }

    [Fact]
    public async Task Search_orders_by_effective_posted_day_then_first_seen_newest_first_then_id()
    {
        var (store, reader) = await StartAsync();
        var older = new DateOnly(2025, 2, 10);
        var newer = new DateOnly(2025, 2, 12);
        await store.UpsertAsync(Posting("a", T0) with { DatePosted = older }, Ct);
        await store.UpsertAsync(Posting("b", T0) with { DatePosted = newer }, Ct);
        await store.UpsertAsync(Posting("c", T0.AddHours(2)) with { DatePosted = null }, Ct);
        await store.UpsertAsync(Posting("d", T0.AddHours(1)) with { DatePosted = null }, Ct);
        await store.UpsertAsync(Posting("f", T0.AddHours(1)) with { DatePosted = older }, Ct);
        await store.UpsertAsync(Posting("e", T0.AddHours(1)) with { DatePosted = older }, Ct);
        await store.UpsertAsync(Posting("g-suspect", T0) with { DatePosted = new DateOnly(2026, 1, 1) }, Ct);

        var page = await reader.SearchAsync(new JobQuery(), Ct);

        Assert.Equal(["c", "d", "g-suspect", "b", "e", "f", "a"], page.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Search_pages_through_all_matches_and_counts_them()
    {
        var (store, reader) = await StartAsync();
        for (var i = 0; i < 25; i++)
        {
            await store.UpsertAsync(Posting($"key-{i:D2}", T0.AddMinutes(i)), Ct);
        }

        var third = await reader.SearchAsync(new JobQuery { Page = 3, PageSize = 10 }, Ct);
        var beyond = await reader.SearchAsync(new JobQuery { Page = 4, PageSize = 10 }, Ct);

        Assert.Equal(25, third.Total);
        Assert.Equal(["key-04", "key-03", "key-02", "key-01", "key-00"], third.Items.Select(p => p.Id));
        Assert.Equal((3, 10), (third.Page, third.PageSize));
        Assert.Empty(beyond.Items);
        Assert.Equal(25, beyond.Total);
    }

    [Theory]
    [InlineData(0, 0, 1, 1)]
    [InlineData(-5, 500, 1, 100)]
    [InlineData(2, 100, 2, 100)]
    public async Task Search_clamps_page_and_page_size(int page, int pageSize, int servedPage, int servedPageSize)
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1"), Ct);

        var result = await reader.SearchAsync(new JobQuery { Page = page, PageSize = pageSize }, Ct);

        Assert.Equal((servedPage, servedPageSize), (result.Page, result.PageSize));
        Assert.Equal(1, result.Total);
    }

    [Fact]
    public async Task Concurrent_upserts_are_all_stored()
    {
        var (store, reader) = await StartAsync();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => store.UpsertAsync(Posting($"key-{i}"), Ct)));

        Assert.Equal(40, (await reader.SearchAsync(new JobQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Initialize_again_keeps_the_data()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("key-1"), Ct);

        await store.InitializeAsync(Ct);

        Assert.NotNull(await reader.GetAsync("key-1", Ct));
    }

    [Fact]
    public async Task Is_ready_once_initialized()
    {
        var (_, reader) = await StartAsync();

        Assert.True(await reader.IsReadyAsync(Ct));
    }

    private async Task<(IPostingStore Store, IPostingReader Reader)> StartAsync()
    {
        var created = await CreateStoreAsync();
        await created.Store.InitializeAsync(Ct);
        return created;
    }
}
