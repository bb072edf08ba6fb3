using JobAggregator.Store.Messaging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Messaging;

/// <summary>Each store consumer takes as many messages at once as its database allows.</summary>
public sealed class StoreConcurrencyTests
{
    [Theory]
    [InlineData("sqlite", 8, 1)]
    [InlineData("mongodb", 8, 8)]
    [InlineData("mongodb", 3, 3)]
    [InlineData("MongoDB", 1, 1)]
    public void Consumers_take_one_message_at_a_time_on_sqlite_and_the_configured_number_on_mongodb(
        string provider, int configured, int expected)
    {
        var options = Options.Create(new StoreOptions
        {
            Provider = provider,
            MongoDb = new MongoDbStoreOptions { ConnectionString = "mongodb://localhost", ConcurrentMessages = configured },
        });

        Assert.Equal(
            [expected, expected, expected],
            [
                new PostingNormalizedConsumerDefinition(options).ConcurrentMessageLimit,
                new ScrapeCompletedConsumerDefinition(options).ConcurrentMessageLimit,
                new ScrapeFailedConsumerDefinition(options).ConcurrentMessageLimit,
            ]);
    }

    [Fact]
    public void MongoDb_takes_several_messages_at_once_by_default()
    {
        Assert.True(new MongoDbStoreOptions().ConcurrentMessages > 1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(257)]
    public void Concurrency_out_of_range_fails_naming_the_setting(int configured)
    {
        var options = new StoreOptions
        {
            Provider = "mongodb",
            MongoDb = new MongoDbStoreOptions { ConnectionString = "mongodb://localhost", ConcurrentMessages = configured },
        };

        var result = new StoreOptionsValidator().Validate(null, options);

        Assert.Contains("Store:MongoDb:ConcurrentMessages", result.FailureMessage, StringComparison.Ordinal);
    }
}
