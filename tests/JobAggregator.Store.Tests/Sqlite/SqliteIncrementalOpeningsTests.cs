using JobAggregator.Contracts;
using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>A write clusters again only the postings its title keys find and the openings around them, and ends with
/// the openings that clustering the whole organisation gives.</summary>
public sealed class SqliteIncrementalOpeningsTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_posting_of_a_busy_organisation_reads_only_the_postings_its_title_could_match()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        for (var i = 0; i < 60; i++)
        {
            await _sqlite.Store.UpsertAsync(Titled($"own-{i}", "own", $"Specialist {Word(i)}", T0.AddMinutes(i)), Ct);
        }

        var before = _sqlite.Store.OpeningCandidatesRead;
        await _sqlite.Store.UpsertAsync(Titled("network-new", "network", "Specialist zzz", T0.AddHours(2)), Ct);
        var alone = _sqlite.Store.OpeningCandidatesRead - before;

        before = _sqlite.Store.OpeningCandidatesRead;
        await _sqlite.Store.UpsertAsync(Titled("network-copy", "network", $"Specialist {Word(7)}", T0.AddHours(3)), Ct);
        var withCopy = _sqlite.Store.OpeningCandidatesRead - before;

        // Comparing with every posting of the organisation would read all 61 and 62.
        Assert.Equal(1, alone);
        Assert.Equal(2, withCopy);
        Assert.Equal(
            await ClusterOfAsync("own-7"),
            await ClusterOfAsync("network-copy"));
    }

    [Fact]
    public async Task A_new_posting_reads_none_of_its_own_sources_postings_that_share_its_title()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        for (var i = 0; i < 60; i++)
        {
            await _sqlite.Store.UpsertAsync(Titled($"own-{i}", "own", "Staff Attorney", T0.AddMinutes(i)), Ct);
        }

        var before = _sqlite.Store.OpeningCandidatesRead;
        await _sqlite.Store.UpsertAsync(Titled("own-new", "own", "Staff Attorney", T0.AddHours(2)), Ct);
        var ownSource = _sqlite.Store.OpeningCandidatesRead - before;

        before = _sqlite.Store.OpeningCandidatesRead;
        await _sqlite.Store.UpsertAsync(Titled("network-copy", "network", "Staff Attorney", T0.AddHours(3)), Ct);
        var otherSource = _sqlite.Store.OpeningCandidatesRead - before;

        // One source never holds two postings of one opening, so only another source's copy reads them all.
        Assert.Equal(1, ownSource);
        Assert.Equal(62, otherSource);
        Assert.Equal(2L, await _sqlite.ScalarAsync(
            $"SELECT count(*) FROM postings WHERE cluster_id = '{await ClusterOfAsync("network-copy")}';", Ct));
        await AssertAsWholeAsync();
    }

    [Theory]
    [InlineData("Staff Att…", "Staff Attorney")]
    [InlineData("Staff Attorney", "Staff Att…")]
    [InlineData("Para…", "Paralegal")]
    [InlineData("Paralegal", "Para…")]
    [InlineData("Paralegal…", "Para…")]
    [InlineData("Para…", "Paralegal…")]
    [InlineData("Policy Fellow, Criminal Justice Reform", "Policy Fellow, Criminal Justice Reform Project")]
    [InlineData("Alpha Policy Fellow, Criminal Justice Reform", "Policy Fellow, Criminal Justice Reform")]
    [InlineData("Policy Fellow, Criminal Justice Reform", "Alpha Policy Fellow, Criminal Justice Reform")]
    public async Task A_later_copy_finds_the_earlier_one_through_the_title_keys(string first, string second)
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Titled("own", "own", first, T0), Ct);
        await _sqlite.Store.UpsertAsync(Titled("other", "network", "Investigator", T0.AddMinutes(1)), Ct);
        await _sqlite.Store.UpsertAsync(Titled("network", "network", second, T0.AddMinutes(2)), Ct);

        Assert.NotNull(await ClusterOfAsync("own"));
        Assert.Equal(await ClusterOfAsync("own"), await ClusterOfAsync("network"));
        Assert.NotEqual(await ClusterOfAsync("own"), await ClusterOfAsync("other"));
    }

    [Fact]
    public async Task Titles_stored_before_the_index_existed_are_indexed_on_migration()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Titled("own", "own", "Operations Coordinator", T0), Ct);
        await _sqlite.ScalarAsync(
            $"""
            DROP TABLE opening_title_keys; DROP INDEX ix_postings_facets;
            {EarlierSchemaShapes.CategoriesKeyedById}
            ALTER TABLE scrape_runs DROP COLUMN partial_drop;
            DELETE FROM schema_version WHERE version >= {SqliteSchema.OpeningTitleKeysVersion};
            """,
            Ct);

        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Titled("network", "network", "Operations Coordinator", T0.AddHours(1)), Ct);

        Assert.NotNull(await ClusterOfAsync("own"));
        Assert.Equal(await ClusterOfAsync("own"), await ClusterOfAsync("network"));
    }

    [Fact]
    public async Task Openings_built_one_write_at_a_time_are_those_clustering_the_whole_organisation_gives()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        string[] titles =
        [
            "Staff Attorney", "Staff Att…", "Senior Staff Attorney", "Paralegal", "Paralegal II", "Para…",
            "Policy Fellow, Criminal Justice Reform Project", "Policy Fellow, Criminal Justice Reform", "Policy Fellow",
            "Investigator", "Policy Fellow, Crim…", "Staff Attorney - Acme Corp", "Intake Specialist",
            "Intake Specialist – Wrongful Convictions Unit", "Intake…",
        ];
        string[] sources = ["own", "network", "board"];
        var at = T0;
        var written = 0;
        foreach (var source in sources)
        {
            for (var i = 0; i < titles.Length; i++)
            {
                at = at.AddMinutes(7);
                // Some posting dates too far apart to be one opening.
                var posted = new DateOnly(2025, 2, 1).AddDays((i * 11 + source.Length * 17) % 90);
                await _sqlite.Store.UpsertAsync(
                    Titled($"{source}-{i}", source, titles[(i + source.Length) % titles.Length], at) with { DatePosted = posted },
                    Ct);
                written++;
                await AssertAsWholeAsync();
            }
        }

        // A title changes, and a run closes one source's postings but one.
        at = at.AddHours(1);
        await _sqlite.Store.UpsertAsync(Titled("board-3", "board", "Senior Paralegal", at) with { ContentHash = "hash-2" }, Ct);
        await AssertAsWholeAsync();
        await _sqlite.Store.CompleteRunAsync(Completed(at.AddHours(1), ["network-0"], sourceId: "network"), Ct);
        var places = await AssertAsWholeAsync();

        Assert.Equal(written, places.Count);
        Assert.Contains(places.Values.GroupBy(place => place.ClusterId), opening => opening.Count() > 2);
    }

    /// <summary>The places as written, once they are seen to be those of clustering every organisation whole.</summary>
    private async Task<SortedDictionary<string, (string? ClusterId, long Rank, string? Reason)>> AssertAsWholeAsync()
    {
        var incremental = await PlacesAsync();
        await _sqlite.Database.WriteAsync((connection, transaction) => SqliteOpenings.RecomputeAllAsync(connection, transaction, Ct), Ct);
        Assert.Equal(await PlacesAsync(), incremental);
        return incremental;
    }

    public void Dispose() => _sqlite.Dispose();

    private static PostingNormalized Titled(string key, string source, string title, DateTimeOffset at) =>
        Posting(key, at, sourceId: source) with { Title = title };

    /// <summary>A made-up word of letters only, first in ordinal order among the title's words.</summary>
    private static string Word(int i) => $"a{(char)('a' + (i / 26))}{(char)('a' + (i % 26))}";

    private async Task<string?> ClusterOfAsync(string id) =>
        (string?)await _sqlite.ScalarAsync($"SELECT cluster_id FROM postings WHERE id = '{id}';", Ct);

    private async Task<SortedDictionary<string, (string? ClusterId, long Rank, string? Reason)>> PlacesAsync()
    {
        var places = new SortedDictionary<string, (string?, long, string?)>(StringComparer.Ordinal);
        await using var connection = await _sqlite.Database.OpenAsync(Ct);
        await using var select = connection.Command("SELECT id, cluster_id, cluster_rank, merge_reason FROM postings;");
        await using var reader = await select.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            places.Add(
                reader.GetString(0),
                (reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return places;
    }
}
