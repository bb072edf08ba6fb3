using JobAggregator.Store.Operations;
using JobAggregator.Store.Operations.Sqlite;
using JobAggregator.Store.Tests.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Operations;

/// <summary>The console's store on a real SQLite file: a source's run history with what each run found or why not,
/// pauses, and the operator actions.</summary>
public sealed class SqliteOperationsStoreTests : IAsyncLifetime
{
    private readonly SqliteStore _sqlite = new();
    private SqliteOperationsStore _operations = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        _operations = new SqliteOperationsStore(_sqlite.Database);
        await _operations.InitializeAsync(Ct);
        await _operations.InitializeAsync(Ct);
    }

    public ValueTask DisposeAsync()
    {
        _sqlite.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Run_history_lists_the_newest_runs_first_with_what_each_found_or_why_not()
    {
        var empty = Completed(T0.AddHours(1), []) with { NoPostingsReason = "no-listing", Explanation = "No job listing was found on the page." };
        await _sqlite.Store.CompleteRunAsync(Completed(T0, ["key-1", "key-2"]), Ct);
        await _sqlite.Store.CompleteRunAsync(empty, Ct);
        await _sqlite.Store.CompleteRunAsync(Completed(T0.AddHours(2), [], notModified: true), Ct);
        await _sqlite.Store.FailRunAsync(Failed(T0.AddHours(3)), Ct);
        await _sqlite.Store.CompleteRunAsync(Completed(T0.AddHours(4), ["key-1"], sourceId: "another-source"), Ct);

        var runs = await _operations.GetRunsAsync(Source, 3, Ct);

        Assert.Equal([T0.AddHours(3), T0.AddHours(2), T0.AddHours(1)], runs.Select(r => r.StartedAt));
        Assert.Equal((false, "HTTP 503 Service Unavailable", 503), (runs[0].Ok, runs[0].Error, runs[0].HttpStatus));
        Assert.True(runs[1].NotModified);
        Assert.Equal((0, "no-listing", "No job listing was found on the page."), (runs[2].PostingsFound, runs[2].NoPostingsReason, runs[2].Explanation));
        Assert.Equal(runs[2], await _operations.GetRunAsync(empty.ScrapeRunId, Ct));
        Assert.Null(await _operations.GetRunAsync(Guid.NewGuid(), Ct));
        Assert.Equal(4, (await _operations.GetRunsAsync(Source, 50, Ct)).Count);
    }

    [Fact]
    public async Task A_pause_keeps_who_paused_first_and_resuming_removes_it()
    {
        await _operations.PauseAsync(new SourcePause("a-source", "ada", T0), Ct);
        await _operations.PauseAsync(new SourcePause("a-source", "bob", T0.AddMinutes(5)), Ct);
        await _operations.PauseAsync(new SourcePause("b-source", "bob", T0), Ct);
        var paused = await _operations.GetPausesAsync(Ct);

        await _operations.ResumeAsync("a-source", Ct);
        await _operations.ResumeAsync("never-paused", Ct);

        Assert.Equal([new SourcePause("a-source", "ada", T0), new SourcePause("b-source", "bob", T0)], paused);
        Assert.Equal([new SourcePause("b-source", "bob", T0)], await _operations.GetPausesAsync(Ct));
    }

    [Fact]
    public async Task Operator_actions_are_read_back_newest_first()
    {
        await _operations.RecordAsync(new OperatorAction(T0, "ada", "pause", "a-source", null), Ct);
        await _operations.RecordAsync(new OperatorAction(T0, "script", "scrape", "a-source", "run 1"), Ct);
        await _operations.RecordAsync(new OperatorAction(T0.AddMinutes(1), "ada", "resume", "a-source", null), Ct);

        var actions = await _operations.GetActionsAsync(2, Ct);

        Assert.Equal(
            [new OperatorAction(T0.AddMinutes(1), "ada", "resume", "a-source", null), new OperatorAction(T0, "script", "scrape", "a-source", "run 1")],
            actions);
    }
}
