using System.Buffers;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace JobAggregator.Store;

/// <summary>Checks the <c>Store</c> section at start-up, naming the key of every bad setting, so a typo fails the start
/// rather than the first message.</summary>
internal sealed class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    private const string ProviderKey = $"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)}";
    private const string SqlitePathKey = $"{StoreOptions.SectionName}:{nameof(StoreOptions.SqlitePath)}";
    private const string SqliteWriterCacheKey = $"{StoreOptions.SectionName}:{nameof(StoreOptions.SqliteWriterCacheMebibytes)}";
    private const string PartialDropRatioKey = $"{StoreOptions.SectionName}:{nameof(StoreOptions.PartialDropRatio)}";
    private const string BatchMessageLimitKey = $"{StoreBatchOptions.SectionName}:{nameof(StoreBatchOptions.MessageLimit)}";
    private const string BatchTimeLimitKey = $"{StoreBatchOptions.SectionName}:{nameof(StoreBatchOptions.TimeLimitMilliseconds)}";
    private const string ConnectionStringKey = $"{MongoDbStoreOptions.SectionName}:{nameof(MongoDbStoreOptions.ConnectionString)}";
    private const string DatabaseKey = $"{MongoDbStoreOptions.SectionName}:{nameof(MongoDbStoreOptions.Database)}";
    private const string WriteConcernKey = $"{MongoDbStoreOptions.SectionName}:{nameof(MongoDbStoreOptions.WriteConcern)}";
    private const string ConcurrentMessagesKey = $"{MongoDbStoreOptions.SectionName}:{nameof(MongoDbStoreOptions.ConcurrentMessages)}";

    // MongoDB refuses these in a database name.
    private static readonly SearchValues<char> ForbiddenInDatabaseName = SearchValues.Create("/\\. \"$\0");

    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        if (options.UsesMongoDb)
        {
            ValidateMongoDb(options.MongoDb, failures);
        }
        else if (string.Equals(options.Provider?.Trim(), StoreOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.SqlitePath))
            {
                failures.Add($"{SqlitePathKey} is required when {ProviderKey} is '{StoreOptions.SqliteProvider}'.");
            }
        }
        else
        {
            failures.Add(
                $"{ProviderKey} must be one of: {StoreOptions.SqliteProvider}, {StoreOptions.MongoDbProvider} " +
                $"(was '{options.Provider}').");
        }

        if (options.SqliteWriterCacheMebibytes is < 1 or > StoreOptions.MaxSqliteWriterCacheMebibytes)
        {
            failures.Add(
                $"{SqliteWriterCacheKey} must be from 1 to {StoreOptions.MaxSqliteWriterCacheMebibytes} MiB (was {options.SqliteWriterCacheMebibytes}).");
        }

        if (!(options.PartialDropRatio is >= 0 and <= 1))
        {
            failures.Add($"{PartialDropRatioKey} must be from 0 (off) to 1 (was {options.PartialDropRatio.ToString(System.Globalization.CultureInfo.InvariantCulture)}).");
        }

        if (options.Batch.MessageLimit is < 1 or > StoreBatchOptions.MaxMessageLimit)
        {
            failures.Add($"{BatchMessageLimitKey} must be from 1 to {StoreBatchOptions.MaxMessageLimit} (was {options.Batch.MessageLimit}).");
        }

        if (options.Batch.TimeLimitMilliseconds is < 1 or > StoreBatchOptions.MaxTimeLimitMilliseconds)
        {
            failures.Add(
                $"{BatchTimeLimitKey} must be from 1 to {StoreBatchOptions.MaxTimeLimitMilliseconds} (was {options.Batch.TimeLimitMilliseconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateMongoDb(MongoDbStoreOptions mongo, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(mongo.ConnectionString))
        {
            failures.Add($"{ConnectionStringKey} is required when {ProviderKey} is '{StoreOptions.MongoDbProvider}'.");
        }
        else
        {
            try
            {
                _ = new MongoUrl(mongo.ConnectionString);
            }
            catch (Exception e) when (e is MongoConfigurationException or FormatException or ArgumentException)
            {
                // The value itself is left out of the message: it may hold a password.
                failures.Add($"{ConnectionStringKey} is not a valid MongoDB connection string.");
            }
        }

        if (string.IsNullOrWhiteSpace(mongo.Database) || mongo.Database.AsSpan().ContainsAny(ForbiddenInDatabaseName))
        {
            failures.Add($"{DatabaseKey} must be a MongoDB database name: not empty, without / \\ . \" $ or spaces.");
        }

        if (mongo.ConcurrentMessages is < 1 or > MongoDbStoreOptions.MaxConcurrentMessages)
        {
            failures.Add(
                $"{ConcurrentMessagesKey} must be from 1 to {MongoDbStoreOptions.MaxConcurrentMessages} (was {mongo.ConcurrentMessages}).");
        }

        if (!IsKnownWriteConcern(mongo.WriteConcern))
        {
            failures.Add(
                $"{WriteConcernKey} must be '{MongoDbStoreOptions.MajorityWriteConcern}' or " +
                $"'{MongoDbStoreOptions.SingleNodeWriteConcern}' (was '{mongo.WriteConcern}').");
        }
    }

    private static bool IsKnownWriteConcern(string? value) =>
        string.Equals(value?.Trim(), MongoDbStoreOptions.MajorityWriteConcern, StringComparison.OrdinalIgnoreCase)
        || string.Equals(value?.Trim(), MongoDbStoreOptions.SingleNodeWriteConcern, StringComparison.Ordinal);
}
