using JobAggregator.Contracts;
using JobAggregator.Normalizer.Messaging;
using JobAggregator.Normalizer.Tests.Salary;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Normalizer.Tests.Messaging;

public sealed class PostingScrapedConsumerTests
{
    [Fact]
    public async Task Publishes_the_normalized_posting_with_its_parsed_salary()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var provider = new ServiceCollection()
            .AddMassTransitTestHarness(bus => bus.AddNormalizerConsumers())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(SeedPostings.OhioPublicDefender(), cancellation);

        var published = await harness.PublishedAsync<PostingNormalized>("the normalized Ohio posting");
        Assert.Single(harness.PublishedSoFar<PostingNormalized>());
        Assert.Equal("190007WE", published.PostingKey);
        Assert.Equal(SalaryParserTests.SeedHourly with { Text = "$17.89 – $50.98 per hour" }, published.Salary);
    }

    [Fact]
    public async Task Faults_a_posting_without_a_title_at_once_without_retrying()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var provider = new ServiceCollection()
            .AddMassTransitTestHarness(bus => bus.AddNormalizerConsumers())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(SeedPostings.OhioPublicDefender() with { Title = " " }, cancellation);

        await harness.PublishedAsync<Fault<PostingScraped>>("the fault of the posting without a title");
        var consumer = harness.GetConsumerHarness<PostingScrapedConsumer>();
        var attempt = await consumer.Consumed.ConsumedAsync<PostingScraped>("the attempt at the posting without a title");
        Assert.Single(consumer.Consumed.ConsumedSoFar<PostingScraped>());
        Assert.IsType<ArgumentException>(attempt.Exception);
        Assert.Empty(harness.PublishedSoFar<PostingNormalized>());
    }
}
