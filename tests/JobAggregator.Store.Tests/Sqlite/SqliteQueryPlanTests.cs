using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>Each filter and sort of the search is served by an index, as SQLite's own planner reports it.</summary>
public sealed class SqliteQueryPlanTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> FiltersAndTheirIndexes => new()
    {
        { "country", "ix_postings_country" },
        { "remote", "ix_postings_remote" },
        { "category", "posting_categories USING PRIMARY KEY (category=?)" },
        { "language", "ix_postings_language" },
        { "salary", "ix_postings_salary" },
        { "salary-in-currency", "ix_postings_currency_salary" },
        { "posted-since", "ix_postings_posted_on" },
    };

    public static TheoryData<JobSort, string> SortsAndTheirIndexes => new()
    {
        { JobSort.Newest, "ix_postings_listed_newest" },
        { JobSort.Salary, "ix_postings_listed_salary" },
        { JobSort.ClosingSoon, "ix_postings_listed_closing" },
    };

    public static TheoryData<JobSort, string, string> CursorsAndTheirSeeks => new()
    {
        { JobSort.Newest, "", "ix_postings_listed_newest (status=? AND cluster_rank=? AND posted_on<?)" },
        { JobSort.Salary, "70000", "ix_postings_listed_salary (status=? AND cluster_rank=? AND <expr><?)" },
        { JobSort.ClosingSoon, "2025-04-01", "ix_postings_listed_closing (status=? AND cluster_rank=? AND <expr>>?)" },
    };

    [Theory]
    [MemberData(nameof(FiltersAndTheirIndexes))]
    public async Task Filter_uses_its_index(string filter, string index)
    {
        var query = filter switch
        {
            "country" => new JobQuery { Country = "us" },
            "remote" => new JobQuery { Remote = true },
            "category" => new JobQuery { Category = "attorney" },
            "language" => new JobQuery { Language = "es" },
            "salary" => new JobQuery { MinAnnualSalary = 50000m },
            "salary-in-currency" => new JobQuery { MinAnnualSalary = 50000m, SalaryCurrency = "usd" },
            "posted-since" => new JobQuery { PostedSince = new DateOnly(2025, 3, 1) },
            _ => throw new ArgumentOutOfRangeException(nameof(filter)),
        };

        // Closed postings included, so the status-led indexes of the feed's sorts do not compete.
        var plan = await PlanAsync(query with { IncludeClosed = true });

        Assert.Contains(plan, step => step.Contains(index, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SortsAndTheirIndexes))]
    public async Task Sort_of_open_postings_walks_its_index(JobSort sort, string index)
    {
        var plan = await PlanAsync(new JobQuery { Sort = sort });

        Assert.Contains(plan, step => step.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CursorsAndTheirSeeks))]
    public async Task A_cursor_seeks_into_its_sort_index_instead_of_walking_the_pages_before(JobSort sort, string lead, string seek)
    {
        var after = new JobCursor(sort, lead.Length == 0 ? null : lead, new DateOnly(2025, 3, 1), DateTimeOffset.UnixEpoch, "some-id");

        var plan = await PlanAsync(new JobQuery { Sort = sort, After = after });

        Assert.Contains(plan, step => step.Contains(seek, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facet_counts_read_the_postings_values_from_the_facet_index_up_to_the_limit_before_grouping()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var plan = await ExplainAsync(SqliteFacets.TallySql(SqliteJobSearch.Build(new JobQuery())), [("@facet_limit", 10_001)]);

        // The limited read runs first, as a co-routine; only the rows it hands over (at most the limit) are grouped.
        Assert.Equal("CO-ROUTINE (subquery-1)", plan[0]);
        Assert.Contains(plan, step => step.Contains("COVERING INDEX ix_postings_facets (status=? AND cluster_rank=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("SCAN (subquery-1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Category_counts_join_at_most_the_limit_of_postings_by_their_id()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var search = SqliteJobSearch.Build(new JobQuery { Country = "US" });
        var plan = await ExplainAsync(SqliteFacets.CategoriesSql(search), [.. search.Parameters, ("@facet_limit", 10_001)]);

        Assert.Contains(plan, step => step.Contains("MATERIALIZE found", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("ix_posting_categories_posting (posting_seq=?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Counting_stops_at_the_limit_on_the_sort_index()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var search = SqliteJobSearch.Build(new JobQuery());
        var plan = await ExplainAsync($"SELECT COUNT(*) FROM (SELECT 1 FROM postings p {search.Where} LIMIT 10001);", search.Parameters);

        Assert.Contains(plan, step => step.Contains("COVERING INDEX", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Closing_within_days_of_open_postings_seeks_the_closing_dates()
    {
        var plan = await PlanAsync(new JobQuery { ClosingFrom = new DateOnly(2025, 3, 1), ClosingBy = new DateOnly(2025, 3, 8) });

        Assert.Contains(plan, step => step.Contains("ix_postings_status_valid_through (status=? AND valid_through>? AND valid_through<?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_openings_postings_are_found_by_the_id_of_the_one_that_started_it_and_the_index_of_those_that_joined()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var plan = await ExplainAsync(
            $"SELECT p.id FROM postings p WHERE {SqliteOpeningMembers.SeqIn("p", "SELECT value FROM json_each(@ids)")};",
            [("@ids", "[\"o-a\",\"o-b\"]")]);

        Assert.Contains(plan, step => step.Contains("sqlite_autoindex_postings_1 (id=?)", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("ix_postings_cluster_joined (cluster_id=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN p", StringComparison.Ordinal) || step.StartsWith("SCAN m", StringComparison.Ordinal));
    }

    public void Dispose() => _sqlite.Dispose();

    private async Task<List<string>> PlanAsync(JobQuery query)
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var search = SqliteJobSearch.Build(query);
        return await ExplainAsync($"SELECT p.id FROM postings p {search.Where} ORDER BY {search.OrderBy} LIMIT 20;", search.Parameters);
    }

    private async Task<List<string>> ExplainAsync(string sql, IReadOnlyList<(string Name, object Value)> parameters)
    {
        await using var connection = await _sqlite.Database.OpenAsync(Ct);
        await using var explain = connection.Command($"EXPLAIN QUERY PLAN {sql}");
        foreach (var (name, value) in parameters)
        {
            explain.With(name, value);
        }

        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            plan.Add(reader.GetString(3));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', plan));
        return plan;
    }
}
