using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Scraper.Tests.Scheduling;

public sealed class SourceScheduleRegistrarTests
{
    private static SourceDefinition Source(string id, string schedule) => new(
        id, "Org", new Uri($"http://{id}.test/jobs/"), schedule, ExtractionStrategy.JsonLd, null, null, "US", false);

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public async Task Gives_each_source_a_cron_trigger_and_a_start_up_trigger_when_enabled(bool scrapeOnStart, int triggersPerSource)
    {
        var catalog = new SourceCatalog("sources.yaml", [Source("a", "0 0/30 * * * ?"), Source("b", "0 0 6 * * ?")]);
        await using var provider = new ServiceCollection().AddLogging().AddQuartz(_ => { }).BuildServiceProvider();
        var factory = provider.GetRequiredService<ISchedulerFactory>();
        var registrar = new SourceScheduleRegistrar(
            factory, catalog, Options.Create(new SchedulerOptions { ScrapeOnStart = scrapeOnStart }), NullLogger<SourceScheduleRegistrar>.Instance);

        await registrar.StartAsync(TestContext.Current.CancellationToken);

        var scheduler = await factory.GetScheduler(TestContext.Current.CancellationToken);
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("sources"), TestContext.Current.CancellationToken);
        Assert.Equal(["a", "b"], jobs.Select(k => k.Name).Order());
        var triggers = await scheduler.GetTriggersOfJob(new JobKey("b", "sources"), TestContext.Current.CancellationToken);
        Assert.Equal(triggersPerSource, triggers.Count);
        var cron = Assert.Single(triggers.OfType<ICronTrigger>());
        Assert.Equal("0 0 6 * * ?", cron.CronExpressionString);
    }

    [Fact]
    public void A_run_id_is_the_same_for_the_same_source_and_slot_and_differs_otherwise()
    {
        var slot = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(ScrapeRunIds.For("a", slot), ScrapeRunIds.For("a", slot));
        Assert.NotEqual(ScrapeRunIds.For("a", slot), ScrapeRunIds.For("b", slot));
        Assert.NotEqual(ScrapeRunIds.For("a", slot), ScrapeRunIds.For("a", slot.AddMinutes(30)));
    }
}
