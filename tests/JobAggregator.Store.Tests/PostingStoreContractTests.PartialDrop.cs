using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>A run that lists far fewer postings than the source's last reading run closes none it missed
/// (Store:PartialDropRatio, 0.5 by default), and the source's health says so.</summary>
public abstract partial class PostingStoreContractTests
{
    private static readonly string[] HundredKeys = [.. Enumerable.Range(1, 100).Select(i => $"key-{i:000}")];

    [Fact]
    public async Task Run_listing_under_half_of_the_last_reading_run_closes_none_of_its_misses_and_marks_the_source()
    {
        var (store, reader) = await StartAsync();
        await StoreHundredAsync(store);

        var partial = Completed(T0.AddHours(1), HundredKeys[..10]);
        await store.CompleteRunAsync(partial, Ct);

        var open = await OpenCountAsync(reader);
        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));
        Report($"found before 100, found now 10 (ratio 0.5): {open} of 100 postings kept open, partial drop {health.PartialDrop}");
        Assert.Equal(100, open);
        Assert.True(health.PartialDrop);
        Assert.Equal(10, health.PostingsFound);
        Assert.Equal(100, health.PreviousPostingsFound);
    }

    [Fact]
    public async Task Drop_that_lasts_closes_its_misses_on_the_next_run_and_clears_the_mark()
    {
        var (store, reader) = await StartAsync();
        await StoreHundredAsync(store);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), HundredKeys[..10]), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(2), HundredKeys[..10]), Ct);

        var open = await OpenCountAsync(reader);
        var health = Assert.Single(await reader.GetSourceHealthAsync(Ct));
        Report($"found 100, then 10, then 10 again: {open} postings open after the third run, partial drop {health.PartialDrop}");
        Assert.Equal(10, open);
        Assert.False(health.PartialDrop);
    }

    [Fact]
    public async Task Run_listing_more_than_half_closes_its_misses_as_before()
    {
        var (store, reader) = await StartAsync();
        await StoreHundredAsync(store);

        await store.CompleteRunAsync(Completed(T0.AddHours(1), HundredKeys[..60]), Ct);

        var open = await OpenCountAsync(reader);
        Report($"found before 100, found now 60: {open} postings kept open");
        Assert.Equal(60, open);
        Assert.False(Assert.Single(await reader.GetSourceHealthAsync(Ct)).PartialDrop);
    }

    [Fact]
    public async Task Postings_found_gone_still_close_and_count_as_accounted_for()
    {
        var (store, reader) = await StartAsync();
        await StoreHundredAsync(store);

        await store.CompleteRunAsync(
            Completed(T0.AddHours(1), HundredKeys[..10]) with { GonePostingKeys = HundredKeys[10..90] },
            Ct);

        var stored = await reader.GetAsync(HundredKeys[50], Ct);
        var open = await OpenCountAsync(reader);
        Report($"found before 100, found now 10 with 80 gone (404/410): {open} postings open");
        Assert.Equal(PostingStatus.Closed, stored!.Status);
        Assert.Equal(ClosedReasons.Gone, stored.ClosedReason);
        Assert.Equal(10, open);
        Assert.False(Assert.Single(await reader.GetSourceHealthAsync(Ct)).PartialDrop);
    }

    [Fact]
    public async Task Baseline_skips_an_empty_run_so_a_partial_page_after_it_still_closes_nothing()
    {
        var (store, reader) = await StartAsync();
        await StoreHundredAsync(store);
        await store.CompleteRunAsync(Completed(T0.AddHours(1), []), Ct);

        await store.CompleteRunAsync(Completed(T0.AddHours(2), HundredKeys[..5]), Ct);

        Assert.Equal(100, await OpenCountAsync(reader));
        Assert.True(Assert.Single(await reader.GetSourceHealthAsync(Ct)).PartialDrop);
    }

    private static async Task StoreHundredAsync(IPostingStore store)
    {
        foreach (var key in HundredKeys)
        {
            await store.UpsertAsync(Posting(key, T0.AddMinutes(1)), Ct);
        }

        await store.CompleteRunAsync(Completed(T0, HundredKeys), Ct);
    }

    private static async Task<int> OpenCountAsync(IPostingReader reader) =>
        Assert.Single(await reader.GetSourceHealthAsync(Ct)).OpenPostings;

    private static void Report(string figures) => TestContext.Current.TestOutputHelper?.WriteLine(figures);
}
