using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>Choosing the MongoDB store by configuration; making its client connects to nothing, so no server is
/// needed.</summary>
public sealed class MongoStoreRegistrationTests
{
    // Loopback port 1: nothing listens there, so a connection is refused at once.
    private const string UnreachableServer = "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300&connectTimeoutMS=300";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mongodb_provider_without_connection_string_fails_at_start_naming_the_key()
    {
        using var host = BuildHost(new() { ["Store:Provider"] = "mongodb" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Store:MongoDb:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://admin:s3cret@localhost")]
    [InlineData("mongodb://admin:s3cret@localhost/?serverSelectionTimeoutMS=soon")]
    [InlineData("mongodb://admin:s3cret@")]
    public async Task Malformed_connection_string_fails_at_start_naming_the_key_but_not_the_value(string connectionString)
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "mongodb",
            ["Store:MongoDb:ConnectionString"] = connectionString,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Store:MongoDb:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Store:MongoDb:WriteConcern", "2")]
    [InlineData("Store:MongoDb:Database", "job.aggregator")]
    [InlineData("Store:MongoDb:Database", " ")]
    public async Task Bad_mongodb_setting_fails_at_start_naming_the_key(string key, string value)
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "mongodb",
            ["Store:MongoDb:ConnectionString"] = UnreachableServer,
            [key] = value,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mongodb_provider_resolves_the_mongodb_store_and_reader_on_one_client()
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "MongoDB",
            ["Store:MongoDb:ConnectionString"] = UnreachableServer,
        });

        Assert.IsType<MongoPostingStore>(Assert.IsType<WriteHealthTrackingStore>(host.Services.GetRequiredService<IPostingStore>()).Inner);
        Assert.IsType<MongoPostingReader>(Assert.IsType<CachingPostingReader>(host.Services.GetRequiredService<IPostingReader>()).Inner);
        Assert.Same(host.Services.GetRequiredService<IPostingStore>(), host.Services.GetRequiredService<IPostingStore>());
        Assert.Same(host.Services.GetRequiredService<IMongoClient>(), host.Services.GetRequiredService<IMongoClient>());
        var database = host.Services.GetRequiredService<MongoStoreDatabase>();
        Assert.Equal("jobaggregator", database.Database.DatabaseNamespace.DatabaseName);
        Assert.Equal(WriteConcern.WMajority, database.Postings.Settings.WriteConcern);
    }

    [Fact]
    public void Write_concern_1_is_acknowledged_by_the_primary_alone()
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "mongodb",
            ["Store:MongoDb:ConnectionString"] = UnreachableServer,
            ["Store:MongoDb:Database"] = "jobs",
            ["Store:MongoDb:WriteConcern"] = "1",
        });

        var database = host.Services.GetRequiredService<MongoStoreDatabase>();

        Assert.Equal("jobs", database.Database.DatabaseNamespace.DatabaseName);
        Assert.Equal(WriteConcern.W1, database.Runs.Settings.WriteConcern);
    }

    [Fact]
    public async Task Reader_is_not_ready_when_no_server_answers_the_ping()
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "mongodb",
            ["Store:MongoDb:ConnectionString"] = UnreachableServer,
        });

        Assert.False(await host.Services.GetRequiredService<IPostingReader>().IsReadyAsync(Ct));
    }

    [Fact]
    public void Sqlite_stays_the_default_provider()
    {
        using var host = BuildHost(new() { ["Store:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.db") });

        Assert.IsType<SqlitePostingStore>(Assert.IsType<WriteHealthTrackingStore>(host.Services.GetRequiredService<IPostingStore>()).Inner);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddPostingStore(builder.Configuration);
        return builder.Build();
    }
}
