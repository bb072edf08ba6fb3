using JobAggregator.Contracts;
using JobAggregator.Host.Messaging;
using JobAggregator.Scraper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.EndToEnd.Tests.Messaging;

/// <summary>The bound on the postings between the scraper and the store on the in-memory bus. The observer's calls are
/// made directly: it reads nothing of the consume context, only the message type.</summary>
public sealed class InMemoryPostingBackPressureTests : IDisposable
{
    private readonly InMemoryPostingBackPressure _backPressure = new(Options.Create(new ScraperOptions()));

    // Ends the waits a test leaves pending.
    private readonly CancellationTokenSource _end = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_scraper_waits_once_the_limit_is_in_flight_until_the_store_consumes_a_posting()
    {
        await _backPressure.WaitForRoomAsync(_backPressure.MaxPostingsInFlight, Ct);

        var waiting = _backPressure.WaitForRoomAsync(1, Ct).AsTask();
        Assert.False(waiting.IsCompleted);

        await _backPressure.PostConsume<PostingNormalized>(null!);
        await waiting.WaitAsync(Ct);
        Assert.Equal(_backPressure.MaxPostingsInFlight, _backPressure.InFlight);
    }

    [Fact]
    public async Task The_limit_is_the_scrapers_setting()
    {
        var services = new ServiceCollection();
        services.AddOptions<ScraperOptions>().Configure(options => options.MaxPostingsInFlight = 100);
        services.AddInMemoryPostingBackPressure();
        await using var provider = services.BuildServiceProvider();
        var backPressure = provider.GetRequiredService<InMemoryPostingBackPressure>();

        await backPressure.WaitForRoomAsync(100, Ct);

        Assert.Equal(100, backPressure.MaxPostingsInFlight);
        Assert.False(backPressure.WaitForRoomAsync(1, _end.Token).AsTask().IsCompleted);
    }

    [Fact]
    public async Task Other_messages_consumed_give_no_room_back()
    {
        await _backPressure.WaitForRoomAsync(_backPressure.MaxPostingsInFlight, Ct);

        await _backPressure.PostConsume<PostingScraped>(null!);
        await _backPressure.PostConsume<ScrapeCompleted>(null!);

        Assert.False(_backPressure.WaitForRoomAsync(1, _end.Token).AsTask().IsCompleted);
    }

    [Fact]
    public async Task A_posting_that_faults_in_the_normaliser_or_the_store_gives_its_room_back()
    {
        await _backPressure.WaitForRoomAsync(2, Ct);

        await _backPressure.ConsumeFault<PostingScraped>(null!, new ArgumentException("no title"));
        await _backPressure.ConsumeFault<PostingNormalized>(null!, new InvalidOperationException("store"));

        Assert.Equal(0, _backPressure.InFlight);
    }

    [Fact]
    public async Task No_more_room_is_given_back_than_was_taken()
    {
        await _backPressure.PostConsume<PostingNormalized>(null!);
        await _backPressure.PostConsume<PostingNormalized>(null!);
        await _backPressure.WaitForRoomAsync(_backPressure.MaxPostingsInFlight, Ct);

        Assert.False(_backPressure.WaitForRoomAsync(1, _end.Token).AsTask().IsCompleted);
    }

    [Fact]
    public async Task A_posting_published_after_a_wait_for_room_gave_up_still_counts_as_in_flight()
    {
        using var impatient = new InMemoryPostingBackPressure(maxPostingsInFlight: 8, longestWait: TimeSpan.Zero);
        await impatient.WaitForRoomAsync(8, Ct);

        await impatient.WaitForRoomAsync(1, Ct);
        Assert.Equal(9, impatient.InFlight);

        await impatient.PostConsume<PostingNormalized>(null!);
        Assert.Equal(8, impatient.InFlight);
    }

    [Fact]
    public async Task A_wait_for_room_cancelled_part_way_gives_back_the_room_it_took()
    {
        await _backPressure.WaitForRoomAsync(_backPressure.MaxPostingsInFlight - 1, Ct);
        using var stop = new CancellationTokenSource();

        var waiting = _backPressure.WaitForRoomAsync(2, stop.Token).AsTask();
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(_backPressure.MaxPostingsInFlight - 1, _backPressure.InFlight);
        await _backPressure.WaitForRoomAsync(1, Ct);
    }

    public void Dispose()
    {
        _end.Cancel();
        _end.Dispose();
        _backPressure.Dispose();
    }
}
