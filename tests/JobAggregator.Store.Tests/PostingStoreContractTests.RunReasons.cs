using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>Why a source's latest reading found nothing, in its health.</summary>
public abstract partial class PostingStoreContractTests
{
    private const string AppShellReason = "javascript-app-shell";
    private const string AppShellExplanation = "The page is an empty shell that JavaScript fills; nothing to read without a browser.";

    [Fact]
    public async Task Health_names_why_the_latest_reading_run_found_nothing_and_what_the_one_before_found()
    {
        var (store, reader) = await StartAsync();
        await store.CompleteRunAsync(Completed(T0, ["key-1", "key-2"]), Ct);
        await store.CompleteRunAsync(
            Completed(T0.AddHours(1), []) with { NoPostingsReason = AppShellReason, Explanation = AppShellExplanation },
            Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(2), [], notModified: true), Ct);
        await store.FailRunAsync(Failed(T0.AddHours(3)), Ct);

        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));

        Assert.Equal(AppShellReason, health.LastNoPostingsReason);
        Assert.Equal(AppShellExplanation, health.LastExplanation);
        Assert.Equal(0, health.PostingsFound);
        Assert.Equal(2, health.PreviousPostingsFound);
    }

    [Fact]
    public async Task Health_forgets_the_reason_once_a_later_run_finds_postings()
    {
        var (store, reader) = await StartAsync();
        await store.CompleteRunAsync(
            Completed(T0, []) with { NoPostingsReason = "no-listing", Explanation = "No job listing was found on the page." },
            Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), ["key-1", "key-2", "key-3"]), Ct);

        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));

        Assert.Null(health.LastNoPostingsReason);
        Assert.Null(health.LastExplanation);
        Assert.Equal(3, health.PostingsFound);
        Assert.Equal(0, health.PreviousPostingsFound);
    }

    [Fact]
    public async Task Health_of_a_source_read_once_has_no_previous_count()
    {
        var (store, reader) = await StartAsync();
        await store.CompleteRunAsync(Completed(T0, ["key-1"]), Ct);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), [], notModified: true), Ct);

        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));

        Assert.Null(health.PreviousPostingsFound);
        Assert.Null(health.LastNoPostingsReason);
        Assert.Equal(1, health.PostingsFound);
    }

    [Fact]
    public async Task Health_counts_the_postings_of_the_latest_reading_run_that_have_been_stored_open_or_closed()
    {
        var (store, reader) = await StartAsync();
        await store.UpsertAsync(Posting("old", T0.AddMinutes(1)), Ct);
        await store.CompleteRunAsync(Completed(T0, ["old"]), Ct);
        var second = T0.AddHours(1);
        await store.UpsertAsync(Posting("new-1", second.AddMinutes(1)), Ct);
        await store.UpsertAsync(Posting("expired", second.AddMinutes(1)) with { ValidThrough = DateOnly.FromDateTime(T0.UtcDateTime.AddDays(-3)) }, Ct);
        await store.CompleteRunAsync(Completed(second, ["new-1", "expired", "new-2"]), Ct);

        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));

        Assert.Equal(3, health.PostingsFound);
        Assert.Equal(2, health.PostingsStored);
        Assert.Equal(1, health.OpenPostings);
    }
}
