using JobAggregator.Store.Messaging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Messaging;

/// <summary>Each store consumer takes several messages at once: on SQLite for its one writer to commit together
/// (<see cref="Sqlite.SqliteGroupCommitTests"/>), on MongoDB as many as configured.</summary>
public sealed class StoreConcurrencyTests
{
    [Theory]
    [InlineData("sqlite", 8, StoreConsumerDefinition<ScrapeCompletedConsumer>.SqliteConcurrentMessages)]
    [InlineData("mongodb", 8, 8)]
    [InlineData("mongodb", 3, 3)]
    [InlineData("MongoDB", 1, 1)]
    public void Consumers_take_a_batch_at_once_for_the_one_sqlite_writer_and_the_configured_number_on_mongodb(
        string provider, int configured, int expected)
    {
        var options = Options.Create(new StoreOptions
        {
            Provider = provider,
            MongoDb = new MongoDbStoreOptions { ConnectionString = "mongodb://localhost", ConcurrentMessages = configured },
        });

        Assert.Equal(
            [expected, expected],
            [
                new ScrapeCompletedConsumerDefinition(options).ConcurrentMessageLimit,
                new ScrapeFailedConsumerDefinition(options).ConcurrentMessageLimit,
            ]);
    }

    [Theory]
    [InlineData("sqlite", 200)]
    [InlineData("mongodb", 50)]
    public void Postings_are_taken_for_two_full_batches_at_once_on_either_database(string provider, int messageLimit)
    {
        var options = Options.Create(new StoreOptions
        {
            Provider = provider,
            Batch = new StoreBatchOptions { MessageLimit = messageLimit },
            MongoDb = new MongoDbStoreOptions { ConnectionString = "mongodb://localhost" },
        });

        Assert.Equal(
            messageLimit * PostingNormalizedConsumerDefinition.ConcurrentBatches,
            new PostingNormalizedConsumerDefinition(options).ConcurrentMessageLimit);
    }

    [Theory]
    [InlineData(0, 50, "Store:Batch:MessageLimit")]
    [InlineData(1001, 50, "Store:Batch:MessageLimit")]
    [InlineData(200, 0, "Store:Batch:TimeLimitMilliseconds")]
    [InlineData(200, 10_001, "Store:Batch:TimeLimitMilliseconds")]
    public void Batch_limits_out_of_range_fail_naming_the_setting(int messageLimit, int timeLimitMilliseconds, string key)
    {
        var options = new StoreOptions
        {
            Batch = new StoreBatchOptions { MessageLimit = messageLimit, TimeLimitMilliseconds = timeLimitMilliseconds },
        };

        var result = new StoreOptionsValidator().Validate(null, options);

        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_takes_more_than_one_message_at_once_so_its_writer_can_commit_them_together()
    {
        Assert.True(StoreConsumerDefinition<ScrapeCompletedConsumer>.SqliteConcurrentMessages > 1);
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
