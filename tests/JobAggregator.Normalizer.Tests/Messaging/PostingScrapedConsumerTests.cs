using JobAggregator.Contracts;
using JobAggregator.Normalizer.Messaging;
using JobAggregator.Normalizer.Tests.Salary;
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

        Assert.True(await harness.Published.Any<PostingNormalized>(cancellation));
        var published = harness.Published.Select<PostingNormalized>(cancellation).Single().Context.Message;
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

        Assert.True(await harness.Published.Any<Fault<PostingScraped>>(cancellation));
        var consumer = harness.GetConsumerHarness<PostingScrapedConsumer>();
        var attempts = consumer.Consumed.Select<PostingScraped>(cancellation).ToList();
        Assert.Single(attempts);
        Assert.IsType<ArgumentException>(attempts[0].Exception);
        Assert.False(await harness.Published.Any<PostingNormalized>(cancellation));
    }
}
