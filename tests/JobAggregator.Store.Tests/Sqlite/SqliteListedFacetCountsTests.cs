using JobAggregator.Contracts;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>The facet counts of the whole listing are kept by triggers as postings are written (listed_facet_counts,
/// listed_category_counts) and read from there; any other search's counts stop at a limit and say so. The contract tests
/// check the figures; these that they are kept, stay right through every kind of write, and stop where they should.
/// </summary>
public sealed class SqliteListedFacetCountsTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_kept_counts_equal_a_recount_after_postings_are_written_changed_joined_into_openings_and_closed()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var store = _sqlite.Store;
        await store.UpsertAsync(Posting("attorney") with { Title = "Staff Attorney", Categories = [PostingCategories.Attorney], Language = "en" }, Ct);
        await store.UpsertAsync(Posting("paralegal") with { EmploymentType = "PART_TIME", Categories = [PostingCategories.Paralegal, PostingCategories.Policy] }, Ct);
        await store.UpsertAsync(Posting("remote") with { Location = new NormalizedLocation("Remote - US", null, null, "US", true) }, Ct);
        // The same opening from a second source joins the first: one of the two is no longer listed.
        await store.UpsertAsync(
            Posting("attorney-copy", sourceId: "other-board") with { Title = "Staff Attorney", Categories = [PostingCategories.Attorney], Language = "en" },
            Ct);
        // A posting written again with other values and other categories moves its counts from the old to the new.
        await store.UpsertAsync(
            Posting("paralegal", T0.AddHours(1), hash: "hash-2") with
            {
                EmploymentType = "FULL_TIME",
                Location = new NormalizedLocation("Boston, MA (hybrid)", "Boston", "MA", "US", false) { Hybrid = true },
                Categories = [PostingCategories.Operations],
            },
            Ct);
        // A run that lists only two of the source's postings closes the third.
        await store.CompleteRunAsync(Completed(T0.AddHours(2), ["attorney", "paralegal"]), Ct);
        var kept = await KeptAsync();

        await _sqlite.ScalarAsync(ListedFacetCountsSql.Recount, Ct);
        var recounted = await KeptAsync();

        Assert.True(Convert.ToInt64(await _sqlite.ScalarAsync("SELECT COUNT(*) FROM postings WHERE cluster_rank > 0 OR status = 'closed'", Ct)) >= 2);
        Assert.NotEmpty(kept);
        Assert.Equal(recounted, kept);
    }

    [Fact]
    public async Task The_whole_listing_reads_the_kept_counts_and_a_filtered_search_reads_the_postings()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("attorney") with { Categories = [PostingCategories.Attorney] }, Ct);

        // Counts no posting could give, so where each answer came from shows.
        await _sqlite.ScalarAsync("UPDATE listed_facet_counts SET listed = 41; UPDATE listed_category_counts SET listed = 42;", Ct);
        var whole = await _sqlite.Reader.GetFacetsAsync(new JobQuery { Sort = JobSort.Salary }, Ct);
        var filtered = await _sqlite.Reader.GetFacetsAsync(new JobQuery { Country = "DE" }, Ct);

        Assert.Equal([new FacetCount("acme", "Acme Corp", 41)], whole.Organizations);
        Assert.Equal([new FacetCount("attorney", null, 42)], whole.Categories);
        Assert.Equal([new FacetCount("acme", "Acme Corp", 1)], filtered.Organizations);
        Assert.Equal([new FacetCount("attorney", null, 1)], filtered.Categories);
        Assert.True(whole.Exact);
        Assert.True(filtered.Exact);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task A_search_matching_more_postings_than_the_limit_counts_that_many_and_says_its_counts_are_lower_bounds(int limit, bool exact)
    {
        await _sqlite.Store.InitializeAsync(Ct);
        foreach (var key in new[] { "one", "two", "three" })
        {
            await _sqlite.Store.UpsertAsync(Posting(key) with { Categories = [PostingCategories.Attorney] }, Ct);
        }

        await using var connection = await _sqlite.Database.OpenAsync(Ct);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var filtered = await SqliteFacets.ReadAsync(connection, transaction, new JobQuery { Country = "DE" }, Ct, limit);
        var whole = await SqliteFacets.ReadAsync(connection, transaction, new JobQuery(), Ct, limit);

        Assert.Equal(exact, filtered.Exact);
        // One past the limit is read, to know it was passed.
        Assert.Equal(Math.Min(3, limit + 1), Assert.Single(filtered.Organizations).Count);
        Assert.Equal(Math.Min(3, limit + 1), Assert.Single(filtered.Categories).Count);
        Assert.True(whole.Exact);
        Assert.Equal(3, Assert.Single(whole.Organizations).Count);
    }

    public void Dispose() => _sqlite.Dispose();

    /// <summary>Every kept count above zero, as text, in order.</summary>
    private async Task<List<string>> KeptAsync()
    {
        await using var connection = await _sqlite.Database.OpenAsync(Ct);
        var rows = new List<string>();
        foreach (var sql in new[] { ListedFacetCountsSql.Read, ListedFacetCountsSql.ReadCategories })
        {
            await using var select = connection.Command(sql);
            await using var reader = await select.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
