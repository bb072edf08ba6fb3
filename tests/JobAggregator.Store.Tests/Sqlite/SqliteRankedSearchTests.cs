using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>Sorted by relevance, a text search lists the best matches first by FTS5's bm25 rank, read from the ranked
/// matches with the limit inside the full-text query; pages and cursors go through the same order.</summary>
public sealed class SqliteRankedSearchTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_best_match_comes_first_by_relevance_and_the_newest_first_otherwise()
    {
        await StoreSampleAsync();

        var relevance = await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney", Sort = JobSort.Relevance }, Ct);
        var newest = await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney" }, Ct);
        var withoutText = await _sqlite.Reader.SearchAsync(new JobQuery { Sort = JobSort.Relevance }, Ct);

        Assert.Equal(["attorney", "mentions", "newest-mention"], relevance.Items.Select(Key));
        Assert.Equal(["newest-mention", "mentions", "attorney"], newest.Items.Select(Key));
        Assert.Equal(3, relevance.Total);
        Assert.Equal(["other", "newest-mention", "mentions", "attorney"], withoutText.Items.Select(Key));
    }

    [Fact]
    public async Task Ranked_pages_and_cursors_list_every_match_once_in_the_same_order_as_one_page()
    {
        await StoreSampleAsync();
        var all = (await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney", Sort = JobSort.Relevance }, Ct)).Items.Select(Key).ToList();

        var byPage = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            byPage.AddRange((await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney", Sort = JobSort.Relevance, Page = page, PageSize = 1 }, Ct)).Items.Select(Key));
        }

        var byCursor = new List<string>();
        JobCursor? after = null;
        do
        {
            var answer = await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney", Sort = JobSort.Relevance, PageSize = 1, After = after }, Ct);
            byCursor.AddRange(answer.Items.Select(Key));
            after = answer.Next is { } next ? JobCursor.Decode(next.Encode()) : null;
        }
        while (after is not null && byCursor.Count < 10);

        Assert.Equal(all, byPage);
        Assert.Equal(all, byCursor);
    }

    [Fact]
    public async Task A_filter_that_thins_the_best_matches_below_the_page_still_fills_it_from_further_down()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        // 300 matches in Germany rank above the one in the US (shorter texts), beyond the first ranked limit of 200.
        for (var i = 0; i < 300; i++)
        {
            // Each of its own organisation, so none is taken for a copy of another.
            await _sqlite.Store.UpsertAsync(
                Posting($"de-{i}") with { Title = "Attorney", DescriptionText = "Attorney.", Organization = new($"org-{i}", $"Org {i}") },
                Ct);
        }

        await _sqlite.Store.UpsertAsync(
            Posting("us") with
            {
                Title = "Attorney",
                DescriptionText = "An attorney role among many other words that make this text long and its rank lower than the rest.",
                Location = new Contracts.NormalizedLocation("Boston, MA", "Boston", "MA", "US", false),
            },
            Ct);

        var found = await _sqlite.Reader.SearchAsync(new JobQuery { Text = "attorney", Sort = JobSort.Relevance, Country = "US" }, Ct);

        Assert.Equal("us", Key(Assert.Single(found.Items)));
    }

    [Fact]
    public async Task The_ranked_page_ranks_in_the_full_text_index_and_reads_postings_by_rowid()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var search = SqliteJobSearch.Build(new JobQuery { Text = "attorney", Sort = JobSort.Relevance });

        await using var connection = await _sqlite.Database.OpenAsync(Ct);
        await using var explain = connection.Command($"""
            EXPLAIN QUERY PLAN SELECT p.id FROM (SELECT rowid, rank FROM postings_fts WHERE postings_fts MATCH @match ORDER BY rank LIMIT 200) f
            CROSS JOIN postings p ON p.seq = f.rowid {search.RankedWhere} ORDER BY {search.OrderBy} LIMIT 21;
            """);
        foreach (var (name, value) in search.Parameters)
        {
            explain.With(name, value);
        }

        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(3));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', plan));
        Assert.Contains(plan, step => step.Contains("SCAN postings_fts VIRTUAL TABLE INDEX", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal));
        Assert.DoesNotContain("postings_fts MATCH", search.RankedWhere, StringComparison.Ordinal);
    }

    public void Dispose() => _sqlite.Dispose();

    private static string Key(Postings.StoredPosting posting) => posting.Id;

    private async Task StoreSampleAsync()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("attorney", T0) with { Title = "Staff Attorney", DescriptionText = "Attorney work for an attorney office." }, Ct);
        await _sqlite.Store.UpsertAsync(
            Posting("mentions", T0.AddDays(1)) with { Title = "Paralegal", DescriptionText = "Supports the attorney team with research, filings, scheduling and records." },
            Ct);
        await _sqlite.Store.UpsertAsync(
            Posting("newest-mention", T0.AddDays(2)) with
            {
                Title = "Office Manager",
                DescriptionText = "Runs the office: budgets, payroll, facilities, vendors, supplies, travel, events, and sometimes helps an attorney.",
            },
            Ct);
        await _sqlite.Store.UpsertAsync(Posting("other", T0.AddDays(3)) with { Title = "Investigator", DescriptionText = "Field work." }, Ct);
    }
}
