using JobAggregator.Contracts;
using JobAggregator.Normalizer.Messaging;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Normalizer.Tests.Messaging;

public sealed class PostingScrapedBatchConsumerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishes_each_posting_of_a_batch_normalized_once_in_its_own_conversation()
    {
        await using var provider = HarnessProvider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var keys = Keys(40);

        var conversations = keys.ToDictionary(key => key, _ => NewId.NextGuid());
        await Task.WhenAll(keys.Select(key => harness.Bus.Publish(
            SeedPostings.OhioPublicDefender() with { PostingKey = key }, context => context.ConversationId = conversations[key], Ct)));

        foreach (var key in keys)
        {
            await harness.PublishedAsync<PostingNormalized>($"posting '{key}' normalized", m => m.PostingKey == key);
        }

        var published = harness.Published.Select<PostingNormalized>(new CancellationToken(canceled: true)).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), published.Select(m => m.Context.Message.PostingKey).Order(StringComparer.Ordinal));
        Assert.All(published, m => Assert.Equal(conversations[m.Context.Message.PostingKey], m.Context.ConversationId));
        Assert.Empty(harness.PublishedSoFar<Fault>());
    }

    [Fact]
    public async Task A_posting_without_a_title_faults_alone_at_once_and_its_neighbours_are_published_once()
    {
        await using var provider = HarnessProvider();
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var keys = Keys(40);

        await Task.WhenAll(keys.Prepend("untitled").Reverse().Select(key => harness.Bus.Publish(
            SeedPostings.OhioPublicDefender() with { PostingKey = key, Title = key == "untitled" ? " " : "Staff Attorney" }, Ct)));

        var fault = await harness.PublishedAsync<Fault<PostingScraped>>("the fault of the posting without a title");
        foreach (var key in keys)
        {
            await harness.PublishedAsync<PostingNormalized>($"posting '{key}' normalized", m => m.PostingKey == key);
        }

        Assert.Equal("untitled", fault.Message.PostingKey);
        Assert.Equal(typeof(ArgumentException).FullName, Assert.Single(fault.Exceptions).ExceptionType);
        Assert.Single(harness.PublishedSoFar<Fault<PostingScraped>>());
        Assert.Equal(keys.Order(StringComparer.Ordinal), harness.PublishedSoFar<PostingNormalized>().Select(m => m.PostingKey).Order(StringComparer.Ordinal));
    }

    private static ServiceProvider HarnessProvider() =>
        new ServiceCollection()
            .AddMassTransitTestHarness(bus => bus.AddBatchingNormalizerConsumers())
            .BuildServiceProvider(true);

    private static List<string> Keys(int count) => [.. Enumerable.Range(0, count).Select(i => $"key-{i}")];
}
