using System.Diagnostics;
using JobAggregator.Contracts;
using JobAggregator.Host.Messaging;
using JobAggregator.Scraper;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.EndToEnd.Tests.RabbitMq;

/// <summary>Every scheduler learns every run's outcome on its own temporary queue of a real RabbitMQ node, so the one
/// standing by knows as much about failing sources as the one that fires.</summary>
[Collection("RabbitMQ")]
public sealed class SchedulerOutcomeQueueTests(RabbitMqFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private static readonly SourceDefinition Source = new(
        "failing", "Org", new Uri("http://failing.test/jobs/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_schedulers_both_learn_a_failure_and_the_success_that_ends_it()
    {
        await using var first = SchedulerBus();
        await using var second = SchedulerBus();
        var firstBus = first.GetRequiredService<IBusControl>();
        var secondBus = second.GetRequiredService<IBusControl>();
        await firstBus.StartAsync(Ct);
        await secondBus.StartAsync(Ct);
        try
        {
            var trackers = new[] { first, second }.Select(p => p.GetRequiredService<SourceBackOffTracker>()).ToList();
            var failedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 5, TimeSpan.Zero);

            await firstBus.Publish(new ScrapeFailed(Source.Id, Guid.NewGuid(), failedAt.AddSeconds(-5), failedAt, "timeout", null, null), Ct);
            await UntilAsync(() => trackers.All(t => t.ConsecutiveFailures(Source.Id) == 1), "both schedulers to learn the failure");
            Assert.All(trackers, t => Assert.Equal(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), t.NextAttemptAt(Source.Id)));

            await firstBus.Publish(
                new ScrapeCompleted(Source.Id, Guid.NewGuid(), failedAt.AddHours(2), failedAt.AddHours(2), [], 1, false, null), Ct);
            await UntilAsync(() => trackers.All(t => t.ConsecutiveFailures(Source.Id) == 0), "both schedulers to learn the success");
            Assert.All(trackers, t => Assert.Null(t.NextAttemptAt(Source.Id)));
        }
        finally
        {
            await secondBus.StopAsync(Ct);
            await firstBus.StopAsync(Ct);
        }
    }

    private ServiceProvider SchedulerBus()
    {
        var rabbit = new RabbitMqOptions { Host = fixture.Node.Host, Port = fixture.Node.AmqpPort };
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", [Source]))
            .AddSingleton<IOptions<SourceBackOffOptions>>(Options.Create(new SourceBackOffOptions()))
            .AddSingleton<SourceBackOffTracker>()
            .AddMassTransit(bus =>
            {
                bus.SetKebabCaseEndpointNameFormatter();
                bus.AddSchedulerOutcomeConsumer();
                bus.UsingRabbitMq((context, factory) =>
                {
                    BusRegistration.ConfigureRabbitMq(factory, rabbit);
                    factory.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider();
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, $"Waited {Patience} for {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(50), Ct);
        }
    }
}
