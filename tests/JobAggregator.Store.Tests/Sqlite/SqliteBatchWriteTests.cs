using JobAggregator.Contracts;
using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>A batch of postings written in one transaction, each in its own savepoint, with the openings of all of them
/// clustered once at the end: the same rows and openings as writing them one at a time, and a failing posting alone.
/// </summary>
public sealed class SqliteBatchWriteTests : IDisposable
{
    private readonly SqliteStore _batched = new();
    private readonly SqliteStore _oneByOne = new();
    private int _made;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_batch_ends_with_the_rows_and_openings_of_the_same_postings_written_one_at_a_time()
    {
        await _batched.Store.InitializeAsync(Ct);
        await _oneByOne.Store.InitializeAsync(Ct);
        var earlier = Postings(T0, "Staff Attorney", "Paralegal", "Policy Fellow, Criminal Justice Reform");
        var run = Postings(
            T0.AddHours(1),
            "Staff Attorney",
            "Staff Att…",
            "Paralegal",
            "Para…",
            "Policy Fellow, Criminal Justice Reform Project",
            "Investigator",
            "Investigator");
        foreach (var posting in earlier.Concat(run))
        {
            await _oneByOne.Store.UpsertAsync(posting, Ct);
        }

        Assert.All(await _batched.Store.UpsertBatchAsync(earlier, Ct), Assert.Null);
        Assert.All(await _batched.Store.UpsertBatchAsync(run, Ct), Assert.Null);

        var rows = await RowsAsync(_batched);
        Assert.Equal(await RowsAsync(_oneByOne), rows);
        Assert.Equal(earlier.Count + run.Count, rows.Count);
        Assert.True(rows.Select(r => r.Split('|')[1]).Distinct().Count() < rows.Count, "no two postings share an opening, so this proves nothing");
    }

    [Fact]
    public async Task A_posting_failing_in_a_batch_is_rolled_back_alone_and_the_others_are_stored_and_clustered()
    {
        await _batched.Store.InitializeAsync(Ct);
        await using (var connection = await _batched.Database.OpenAsync(Ct))
        {
            await using var poison = connection.Command(
                "CREATE TRIGGER poison BEFORE INSERT ON postings WHEN NEW.title = 'Poisoned' BEGIN SELECT RAISE(ABORT, 'poisoned posting'); END;");
            await poison.ExecuteNonQueryAsync(Ct);
        }

        var postings = Postings(T0, "Staff Attorney", "Poisoned", "Staff Attorney", "Paralegal");

        var failures = await _batched.Store.UpsertBatchAsync(postings, Ct);

        Assert.Equal([false, true, false, false], failures.Select(f => f is not null));
        Assert.Contains("poisoned posting", failures[1]!.Message, StringComparison.Ordinal);
        var rows = await RowsAsync(_batched);
        Assert.Equal(["key-0", "key-2", "key-3"], rows.Select(r => r.Split('|')[0]));
        Assert.DoesNotContain(rows, r => r.Split('|')[1] == "-");
        Assert.Equal(rows[0].Split('|')[1], rows[1].Split('|')[1]);
    }

    [Fact]
    public async Task A_source_whose_first_posting_in_a_batch_fails_is_still_stored_with_its_next_posting()
    {
        await _batched.Store.InitializeAsync(Ct);
        await using (var connection = await _batched.Database.OpenAsync(Ct))
        {
            await using var poison = connection.Command(
                "CREATE TRIGGER poison BEFORE INSERT ON postings WHEN NEW.title = 'Poisoned' BEGIN SELECT RAISE(ABORT, 'poisoned posting'); END;");
            await poison.ExecuteNonQueryAsync(Ct);
        }

        // Sources in turn: the poisoned posting is source-0's first, the fourth its second.
        var postings = Postings(T0, "Poisoned", "Paralegal", "Investigator", "Staff Attorney");

        var failures = await _batched.Store.UpsertBatchAsync(postings, Ct);

        Assert.Equal([true, false, false, false], failures.Select(f => f is not null));
        await using var read = await _batched.Database.OpenAsync(Ct);
        await using var select = read.Command("SELECT source_id FROM sources ORDER BY source_id;");
        await using var reader = await select.ExecuteReaderAsync(Ct);
        var sources = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            sources.Add(reader.GetString(0));
        }

        Assert.Equal(["source-0", "source-1", "source-2"], sources);
    }

    [Fact]
    public async Task A_posting_missing_its_organisation_fails_alone_naming_it_before_the_batch_is_written()
    {
        await _batched.Store.InitializeAsync(Ct);
        var postings = Postings(T0, "Staff Attorney", "Paralegal");
        postings[1] = postings[1] with { Organization = null! };

        var failures = await _batched.Store.UpsertBatchAsync(postings, Ct);

        Assert.Null(failures[0]);
        Assert.Contains("Organization", Assert.IsType<ArgumentNullException>(failures[1]).Message, StringComparison.Ordinal);
        Assert.Equal(["key-0"], (await RowsAsync(_batched)).Select(r => r.Split('|')[0]));
    }

    [Fact]
    public async Task A_posting_inserted_and_revised_in_one_batch_is_found_by_its_new_words_alone_and_the_index_stays_whole()
    {
        await _batched.Store.InitializeAsync(Ct);
        var postings = new List<PostingNormalized>
        {
            Posting("key-a", T0, hash: "hash-a1") with { Title = "Paralegal Quokka" },
            Posting("key-b", T0, hash: "hash-b") with { Title = "Investigator Wombat" },
            Posting("key-a", T0, hash: "hash-a2") with { Title = "Paralegal Numbat" },
            Posting("key-c", T0, hash: "hash-c") with { Title = "Attorney Wombat" },
        };

        Assert.All(await _batched.Store.UpsertBatchAsync(postings, Ct), Assert.Null);

        Assert.Equal(0L, await MatchesAsync("quokka"));
        Assert.Equal(1L, await MatchesAsync("numbat"));
        Assert.Equal(2L, await MatchesAsync("wombat"));
        Assert.Equal(3L, await MatchesAsync("acme"));
        // Compares the index with the postings it was built from; throws when they differ.
        await _batched.ScalarAsync("INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1);", Ct);
    }

    [Fact]
    public async Task A_posting_rolled_back_in_a_batch_leaves_the_index_whole_with_the_others_found()
    {
        await _batched.Store.InitializeAsync(Ct);
        await using (var connection = await _batched.Database.OpenAsync(Ct))
        {
            await using var poison = connection.Command(
                "CREATE TRIGGER poison AFTER INSERT ON posting_categories WHEN (SELECT id FROM postings WHERE seq = NEW.posting_seq) = 'key-p' BEGIN SELECT RAISE(ABORT, 'poisoned posting'); END;");
            await poison.ExecuteNonQueryAsync(Ct);
        }

        var postings = new List<PostingNormalized>
        {
            Posting("key-a", T0, hash: "hash-a1") with { Title = "Paralegal Quokka" },
            Posting("key-p", T0, hash: "hash-p") with { Title = "Poisoned Wombat", Categories = ["legal"] },
            Posting("key-a", T0, hash: "hash-a2") with { Title = "Paralegal Numbat" },
            Posting("key-c", T0, hash: "hash-c") with { Title = "Attorney Wombat" },
        };

        var failures = await _batched.Store.UpsertBatchAsync(postings, Ct);

        Assert.Equal([false, true, false, false], failures.Select(f => f is not null));
        Assert.Equal(0L, await MatchesAsync("quokka"));
        Assert.Equal(1L, await MatchesAsync("numbat"));
        Assert.Equal(1L, await MatchesAsync("wombat"));
        await _batched.ScalarAsync("INSERT INTO postings_fts (postings_fts, rank) VALUES ('integrity-check', 1);", Ct);
    }

    public void Dispose()
    {
        _batched.Dispose();
        _oneByOne.Dispose();
    }

    /// <summary>Postings of one organisation seen at one time, keyed by their place among every posting made so far, each
    /// from one of three sources in turn (copies of one opening come from different sources).</summary>
    [Fact]
    public async Task A_new_posting_is_filed_under_each_of_its_categories_once_whether_it_has_one_many_or_one_twice()
    {
        await _batched.Store.InitializeAsync(Ct);
        var postings = Postings(T0, "Staff Attorney", "Policy Counsel", "Paralegal");
        postings[0] = postings[0] with { Categories = [PostingCategories.Attorney] };
        postings[1] = postings[1] with { Categories = [PostingCategories.Attorney, PostingCategories.Policy] };
        postings[2] = postings[2] with { Categories = [PostingCategories.Paralegal, PostingCategories.Paralegal] };

        Assert.All(await _batched.Store.UpsertBatchAsync(postings, Ct), Assert.Null);

        Assert.Equal(
            "key-0:attorney,key-1:attorney,key-1:policy,key-2:paralegal",
            await _batched.ScalarAsync(
                "SELECT group_concat(id || ':' || category, ',') FROM (SELECT p.id, c.category FROM posting_categories c JOIN postings p ON p.seq = c.posting_seq ORDER BY p.id, c.category);",
                Ct));
    }

    private List<PostingNormalized> Postings(DateTimeOffset at, params string[] titles)
    {
        var postings = titles.Select((title, i) => Posting($"key-{_made + i}", at, hash: $"hash-{title}", sourceId: $"source-{(_made + i) % 3}") with { Title = title }).ToList();
        _made += titles.Length;
        return postings;
    }

    private async Task<long> MatchesAsync(string word) =>
        (long)(await _batched.ScalarAsync($"SELECT COUNT(*) FROM postings_fts WHERE postings_fts MATCH '{word}';", Ct))!;

    /// <summary>Each posting's key, opening, place in it and why it joined, with its last sighting and status.</summary>
    private static async Task<List<string>> RowsAsync(SqliteStore sqlite)
    {
        var rows = new List<string>();
        await using var connection = await sqlite.Database.OpenAsync(Ct);
        await using var select = connection.Command(
            "SELECT id, cluster_id, cluster_rank, merge_reason, last_seen, status FROM postings ORDER BY id;");
        await using var reader = await select.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : reader.GetValue(i).ToString())));
        }

        return rows;
    }
}
