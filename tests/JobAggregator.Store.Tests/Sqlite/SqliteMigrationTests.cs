using JobAggregator.Contracts;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>A file written by an older build opens with this one and keeps everything it held.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Version_1_file_migrates_and_keeps_every_posting()
    {
        await CreateVersion1FileAsync(
            """
            INSERT INTO sources (source_id) VALUES ('acme-careers');
            INSERT INTO postings (
                id, source_id, title, organization_id, organization_name, organization_id_folded, organization_name_folded,
                location_text, location_city, location_region, location_country, location_remote, location_search,
                employment_type, has_salary, salary_min, salary_max, salary_currency, salary_period, salary_text,
                date_posted, valid_through, description_html, description_text, url, apply_url, extracted_by, content_hash,
                first_seen, last_seen, updated, closed_at, closed_by_run_started_at, status)
            VALUES
                ('open-1', 'acme-careers', 'Operations Coordinator', 'gip', 'Georgia Innocence Project', 'gip',
                 'georgia innocence project', 'Atlanta, GA', 'Atlanta', 'GA', 'US', 0, 'atlanta, ga',
                 'FULL_TIME', 1, '36000', NULL, 'USD', 'YEAR', '$36,000+ per year',
                 '2025-02-27', '2025-04-30', '<p>Run the office</p>', 'Run the office', 'https://gip.example.test/jobs/1',
                 NULL, 'json-ld', 'hash-1',
                 '2025-03-01T08:00:00.0000000+00:00', '2025-03-02T08:00:00.0000000+00:00',
                 '2025-03-02T08:00:00.0000000+00:00', NULL, NULL, 'open'),
                ('closed-1', 'acme-careers', 'Paralegal', 'gip', 'Georgia Innocence Project', 'gip',
                 'georgia innocence project', NULL, NULL, NULL, NULL, 1, '',
                 NULL, 0, NULL, NULL, NULL, NULL, NULL,
                 '2019-01-01', NULL, NULL, NULL, NULL, NULL, 'heuristics', 'hash-9',
                 '2025-03-01T08:00:00.0000000+00:00', '2025-03-01T08:00:00.0000000+00:00',
                 NULL, '2025-03-05T08:02:00.0000000+00:00', '2025-03-05T08:00:00.0000000+00:00', 'closed');
            INSERT INTO posting_revisions (posting_id, at, old_hash, new_hash, scrape_run_id)
            VALUES ('open-1', '2025-03-02T08:00:00.0000000+00:00', 'hash-0', 'hash-1', '0b6f8c1e-27d5-4d0e-9d0b-7d8f3c5f2a10');
            """);

        await _sqlite.Store.InitializeAsync(Ct);

        Assert.Equal((long)SqliteSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM schema_version;", Ct));
        var open = await _sqlite.Reader.GetAsync("open-1", Ct);
        Assert.NotNull(open);
        Assert.Equal("Operations Coordinator", open.Content.Title);
        Assert.Equal(new NormalizedOrganization("gip", "Georgia Innocence Project"), open.Content.Organization);
        Assert.Equal(new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false), open.Content.Location);
        Assert.Equal(new NormalizedSalary(36000m, null, "USD", "YEAR", "$36,000+ per year"), open.Content.Salary);
        Assert.Equal(new DateOnly(2025, 2, 27), open.Content.DatePosted);
        Assert.False(open.DatePostedSuspect);
        Assert.Equal(new DateOnly(2025, 4, 30), open.Content.ValidThrough);
        Assert.Equal("Run the office", open.Content.DescriptionText);
        Assert.Equal(PostingStatus.Open, open.Status);
        Assert.Equal(new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero), open.Updated);
        var revision = Assert.Single(open.Revisions);
        Assert.Empty(revision.ChangedFields);
        Assert.Equal(Guid.Parse("0b6f8c1e-27d5-4d0e-9d0b-7d8f3c5f2a10"), revision.ScrapeRunId);

        var closed = await _sqlite.Reader.GetAsync("closed-1", Ct);
        Assert.NotNull(closed);
        Assert.Equal(PostingStatus.Closed, closed.Status);
        Assert.Equal(ClosedReasons.Missing, closed.ClosedReason);
        Assert.True(closed.DatePostedSuspect);
        Assert.True(closed.Content.Location.Remote);

        var search = await _sqlite.Reader.SearchAsync(new JobQuery { IncludeClosed = true, Text = "coordinator" }, Ct);
        Assert.Equal("open-1", Assert.Single(search.Items).Id);
    }

    [Fact]
    public async Task Migrated_posting_keeps_its_lifecycle()
    {
        await CreateVersion1FileAsync(
            """
            INSERT INTO sources (source_id) VALUES ('acme-careers');
            INSERT INTO postings (
                id, source_id, title, organization_id, organization_name, organization_id_folded, organization_name_folded,
                location_remote, location_search, has_salary, extracted_by, content_hash, first_seen, last_seen, status)
            VALUES ('key-1', 'acme-careers', 'Title key-1', 'acme', 'Acme Corp', 'acme', 'acme corp', 0, '', 0,
                'json-ld', 'hash-1', '2025-03-01T08:00:00.0000000+00:00', '2025-03-01T08:00:00.0000000+00:00', 'open');
            """);
        await _sqlite.Store.InitializeAsync(Ct);

        await _sqlite.Store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-2") with { Title = "New title" }, Ct);
        await _sqlite.Store.CompleteRunAsync(Completed(T0.AddHours(2), ["other"]), Ct);

        var stored = await _sqlite.Reader.GetAsync("key-1", Ct);
        Assert.Equal(T0, stored!.FirstSeen);
        Assert.Equal(["title", "location", "employmentType", "description", "url"], Assert.Single(stored.Revisions).ChangedFields);
        Assert.Equal(ClosedReasons.Missing, stored.ClosedReason);
    }

    [Fact]
    public async Task Copies_of_one_opening_stored_by_version_1_are_merged_on_migration()
    {
        await CreateVersion1FileAsync(
            """
            INSERT INTO sources (source_id) VALUES ('network'), ('gip');
            INSERT INTO postings (
                id, source_id, title, organization_id, organization_name, organization_id_folded, organization_name_folded,
                location_remote, location_search, has_salary, description_text, url, extracted_by, content_hash,
                first_seen, last_seen, status)
            VALUES
                ('network-ops', 'network', 'Operations Coordinator – Georgia Innocence Project', 'georgia-innocence-project',
                 'Georgia Innocence Project', 'georgia-innocence-project', 'georgia innocence project', 0, '', 0,
                 'GIP seeks an Operations Coordinator…', 'https://network.example.test/jobs/ops/', 'heuristics', 'hash-1',
                 '2025-03-01T08:00:00.0000000+00:00', '2025-03-01T08:00:00.0000000+00:00', 'open'),
                ('gip-ops', 'gip', 'Operations Coordinator', 'georgia-innocence-project',
                 'Georgia Innocence Project', 'georgia-innocence-project', 'georgia innocence project', 0, '', 0,
                 'The Operations Coordinator runs the office and keeps the intake and donor databases current.',
                 'https://gip.example.test/careers/ops', 'json-ld', 'hash-2',
                 '2025-03-01T09:00:00.0000000+00:00', '2025-03-01T09:00:00.0000000+00:00', 'open');
            """);

        await _sqlite.Store.InitializeAsync(Ct);

        var page = await _sqlite.Reader.SearchAsync(new JobQuery(), Ct);
        Assert.Equal(1, page.Total);
        var opening = Assert.Single(page.Items);
        Assert.Equal("https://gip.example.test/careers/ops", opening.Content.Url);
        Assert.Equal("network-ops", Assert.Single(opening.AlsoSeenAt).PostingId);
    }

    [Fact]
    public async Task Version_2_file_keeps_every_field_when_the_content_moves_to_one_column()
    {
        await CreateFileAsync(
            2,
            """
            INSERT INTO sources (source_id) VALUES ('gip');
            INSERT INTO postings (
                id, source_id, title, organization_id, organization_name, organization_id_folded, organization_name_folded,
                location_text, location_city, location_region, location_country, location_remote, location_hybrid,
                location_other_places, location_search,
                employment_type, has_salary, salary_min, salary_max, salary_currency, salary_period, salary_text,
                salary_annual_min, salary_annual_max, salary_annual_top,
                date_posted, date_posted_suspect, posted_on, valid_through, description_html, description_text, url,
                apply_url, extracted_by, content_hash, categories, language, open_until_filled, source_organization_id,
                first_seen, last_seen, updated, status)
            VALUES (
                'key-1', 'gip', 'Staff Attorney', 'gip', 'Georgia Innocence Project', 'gip', 'georgia innocence project',
                'Atlanta, GA', 'Atlanta', 'GA', 'US', 0, 1,
                '[{"City":"Savannah","Region":"GA","Country":"US"}]', 'atlanta, ga',
                'FULL_TIME', 1, '17.89', '50.98', 'USD', 'HOUR', '$17.89 – $50.98 per hour',
                '37211.2', '106038.40', 106038.4,
                '2025-02-27', 0, '2025-02-27', '2025-04-30', '<p>Litigate.</p>', 'Litigate.', 'https://gip.example.test/1',
                'https://gip.example.test/1/apply', 'json-ld', 'hash-1', '["attorney","policy"]', 'en', 1, 'gip',
                '2025-03-01T08:00:00.0000000+00:00', '2025-03-02T08:00:00.0000000+00:00', NULL, 'open');
            INSERT INTO posting_categories (category, posting_id) VALUES ('attorney', 'key-1'), ('policy', 'key-1');
            """);

        await _sqlite.Store.InitializeAsync(Ct);

        var stored = await _sqlite.Reader.GetAsync("key-1", Ct);
        Assert.NotNull(stored);
        var expected = new PostingNormalized(
            "gip",
            Guid.Empty,
            new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero),
            "key-1",
            "Staff Attorney",
            new NormalizedOrganization("gip", "Georgia Innocence Project"),
            new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false)
            {
                Hybrid = true,
                OtherPlaces = stored.Content.Location.OtherPlaces,
            },
            "FULL_TIME",
            new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour")
            {
                AnnualMin = 37211.2m,
                AnnualMax = 106038.40m,
            },
            new DateOnly(2025, 2, 27),
            new DateOnly(2025, 4, 30),
            "<p>Litigate.</p>",
            "Litigate.",
            "https://gip.example.test/1",
            "https://gip.example.test/1/apply",
            "json-ld",
            "hash-1")
        {
            Categories = stored.Content.Categories,
            Language = "en",
            OpenUntilFilled = true,
            SourceOrganizationId = "gip",
        };
        Assert.Equal(expected, stored.Content);
        Assert.Equal([new NormalizedPlace("Savannah", "GA", "US")], stored.Content.Location.OtherPlaces);
        Assert.Equal(["attorney", "policy"], stored.Content.Categories);
        Assert.Equal("106038.40", stored.Content.Salary!.AnnualMax!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var found = await _sqlite.Reader.SearchAsync(new JobQuery { Text = "litigate", Remote = true, Category = "policy" }, Ct);
        Assert.Equal("key-1", Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task File_of_the_version_before_reads_back_every_posting_as_it_did()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        PostingNormalized[] postings =
        [
            Posting("key-1") with { DescriptionText = "Litigate wrongful convictions." },
            Posting("key-2", T0.AddHours(1)) with { DescriptionText = null },
            Posting("key-3", T0.AddHours(2)),
        ];
        foreach (var posting in postings)
        {
            await _sqlite.Store.UpsertAsync(posting, Ct);
        }

        Assert.Equal(0L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM postings WHERE json_extract(content, '$.descriptionText') IS NOT NULL;", Ct));

        // As version 10 wrote them: the description's text in the content as well as in its column, the index of ids
        // with the listing's columns, and the categories and title keys keyed by the posting's id.
        await _sqlite.ScalarAsync(
            $"""
            UPDATE postings SET content = json_set(content, '$.descriptionText', description_text);
            CREATE INDEX ix_postings_id_listed ON postings (id, status, cluster_rank);
            {EarlierSchemaShapes.CategoriesKeyedById}
            {EarlierSchemaShapes.TitleKeysKeyedById}
            DELETE FROM schema_version WHERE version > 10;
            """,
            Ct);
        Assert.Equal(2L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM postings WHERE json_extract(content, '$.descriptionText') IS NOT NULL;", Ct));
        var before = await ReadBackAsync(postings);

        await _sqlite.Store.InitializeAsync(Ct);

        Assert.Equal(before, await ReadBackAsync(postings));
        Assert.Equal(0L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_postings_id_listed';", Ct));
        Assert.Equal((long)SqliteSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM schema_version;", Ct));
        var found = await _sqlite.Reader.SearchAsync(new JobQuery { Text = "wrongful" }, Ct);
        Assert.Equal("key-1", Assert.Single(found.Items).Id);
        Assert.Equal("Litigate wrongful convictions.", (await _sqlite.Reader.GetAsync("key-1", Ct))!.Content.DescriptionText);
    }

    [Fact]
    public async Task File_with_categories_and_title_keys_by_id_reads_back_every_posting_and_opening_as_it_did()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        PostingNormalized[] postings =
        [
            Posting("key-1") with { Title = "Staff Attorney", Categories = ["attorney", "policy"] },
            Posting("key-2", T0.AddHours(1)) with { Categories = ["paralegal"] },
            Posting("key-3", T0.AddHours(2)) with { Categories = [] },
            // A copy of key-1's opening from another source: the title keys find it.
            Posting("key-4", T0.AddHours(3), sourceId: "network") with { Title = "Staff Attorney", Categories = ["attorney"] },
        ];
        foreach (var posting in postings)
        {
            await _sqlite.Store.UpsertAsync(posting, Ct);
        }

        const string TitleKeys = "SELECT group_concat(k, ',') FROM (SELECT organization_id || '/' || key || '/' || id AS k FROM ({0}) ORDER BY k);";
        var keysBefore = await _sqlite.ScalarAsync(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            TitleKeys,
            "SELECT t.organization_id, t.key, p.id FROM opening_title_keys t JOIN postings p ON p.seq = t.posting_seq"), Ct);
        var before = await ReadBackAsync(postings);
        var categoriesBefore = await CategoryCountsAsync();
        Assert.Contains("key-4", before, StringComparison.Ordinal);

        await _sqlite.ScalarAsync(
            $"""
            {EarlierSchemaShapes.CategoriesKeyedById}
            {EarlierSchemaShapes.TitleKeysKeyedById}
            DELETE FROM schema_version WHERE version > 11;
            """,
            Ct);
        Assert.Equal(keysBefore, await _sqlite.ScalarAsync(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            TitleKeys,
            "SELECT organization_id, key, posting_id AS id FROM opening_title_keys"), Ct));

        await _sqlite.Store.InitializeAsync(Ct);

        Assert.Equal(before, await ReadBackAsync(postings));
        Assert.Equal(categoriesBefore, await CategoryCountsAsync());
        Assert.Equal(keysBefore, await _sqlite.ScalarAsync(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            TitleKeys,
            "SELECT t.organization_id, t.key, p.id FROM opening_title_keys t JOIN postings p ON p.seq = t.posting_seq"), Ct));
        Assert.Equal((long)SqliteSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM schema_version;", Ct));
        Assert.Single(Assert.Single((await _sqlite.Reader.SearchAsync(new JobQuery { Category = "attorney" }, Ct)).Items).AlsoSeenAt);

        // Written after the migration, a copy of the opening is still found through the keys the migration carried over.
        await _sqlite.Store.UpsertAsync(Posting("key-5", T0.AddHours(4), sourceId: "board") with { Title = "Staff Attorney" }, Ct);
        var opening = Assert.Single((await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney" }, Ct)).Items);
        Assert.Equal(2, opening.AlsoSeenAt.Count);
    }

    [Fact]
    public async Task File_with_every_posting_in_the_index_of_opening_ids_reads_back_every_posting_and_opening_as_it_did()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        PostingNormalized[] postings =
        [
            Posting("key-1") with { Title = "Staff Attorney" },
            Posting("key-2", T0.AddHours(1)) with { Title = "Paralegal" },
            // Copies of key-1's opening from two other sources: they joined the opening key-1 started.
            Posting("key-3", T0.AddHours(2), sourceId: "network") with { Title = "Staff Attorney" },
            Posting("key-4", T0.AddHours(3), sourceId: "board") with { Title = "Staff Attorney" },
        ];
        foreach (var posting in postings)
        {
            await _sqlite.Store.UpsertAsync(posting, Ct);
        }

        const string Joined = "SELECT group_concat(id, ',') FROM (SELECT id FROM postings INDEXED BY ix_postings_cluster_joined WHERE cluster_id = 'o-key-1' AND cluster_id <> 'o-' || id ORDER BY id);";
        Assert.Equal("key-3,key-4", await _sqlite.ScalarAsync(Joined, Ct));
        await _sqlite.ScalarAsync(
            $"""
            {EarlierSchemaShapes.ClusterIndexOfEveryPosting}
            DELETE FROM schema_version WHERE version > 12;
            """,
            Ct);
        var before = await ReadBackAsync(postings);
        Assert.Equal(2, Assert.Single((await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney" }, Ct)).Items).AlsoSeenAt.Count);

        await _sqlite.Store.InitializeAsync(Ct);

        Assert.Equal(before, await ReadBackAsync(postings));
        Assert.Equal(0L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_postings_cluster';", Ct));
        Assert.Equal("key-3,key-4", await _sqlite.ScalarAsync(Joined, Ct));
        Assert.Equal((long)SqliteSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM schema_version;", Ct));
    }

    public void Dispose() => _sqlite.Dispose();

    /// <summary>The listing's category counts, and those of a filtered search.</summary>
    private async Task<string> CategoryCountsAsync()
    {
        var all = await _sqlite.Reader.GetFacetsAsync(new JobQuery(), Ct);
        var filtered = await _sqlite.Reader.GetFacetsAsync(new JobQuery { Country = "DE" }, Ct);
        return System.Text.Json.JsonSerializer.Serialize(new { all, filtered });
    }

    /// <summary>Every posting as the reader gives it, one by one and listed, as JSON (their lists compare by reference).
    /// </summary>
    private async Task<string> ReadBackAsync(IEnumerable<PostingNormalized> postings)
    {
        var one = new List<StoredPosting?>();
        foreach (var posting in postings)
        {
            one.Add(await _sqlite.Reader.GetAsync(posting.PostingKey, Ct));
        }

        var listed = await _sqlite.Reader.SearchAsync(new JobQuery(), Ct);
        return System.Text.Json.JsonSerializer.Serialize(new { one, listed });
    }

    private Task CreateVersion1FileAsync(string rows) => CreateFileAsync(1, rows);

    private async Task CreateFileAsync(int version, string rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sqlite.FilePath)!);
        // The store's readers never create the file; an old version's file is made here, as that version made it.
        await File.WriteAllBytesAsync(_sqlite.FilePath, [], Ct);
        await using var connection = await _sqlite.Database.OpenAsync(Ct);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await SqliteSchema.MigrateAsync(connection, transaction, version, Ct);
        await using (var insert = connection.Command(rows, transaction))
        {
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await transaction.CommitAsync(Ct);
    }
}
