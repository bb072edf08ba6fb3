using JobAggregator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>The pass over the alerts runs as a Quartz job on the configured interval.</summary>
public sealed class AlertScheduleTests : IAsyncDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Alert_job_is_scheduled_on_the_configured_interval_and_firing_it_sends_the_due_digest()
    {
        await _smtp.StartAsync();
        await using var site = await AlertSite.StartAsync(_folder.Path, _clock, _smtp.Port);
        await site.AddPostingAsync("a1", "Staff Attorney");
        await site.SubscribeAsync("reader@example.test", "?q=attorney");
        await site.Client.GetAsync(AlertMailFlowTests.Link(_smtp.Received[0], "confirm"), Ct);
        var scheduler = await site.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(new TriggerKey("alerts-interval", "alerts"), Ct));
        Assert.Equal(TimeSpan.FromHours(1), trigger.RepeatInterval);

        await scheduler.TriggerJob(new JobKey("alerts", "alerts"), Ct);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_smtp.Received.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        Assert.Equal(2, _smtp.Received.Count);
        Assert.Equal("1 new opening for your search", _smtp.Received[1].Subject);
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }
}
