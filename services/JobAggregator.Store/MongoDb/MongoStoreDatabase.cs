using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoDB.Driver;
using MongoDB.Driver.Core.Configuration;

namespace JobAggregator.Store.MongoDb;

/// <summary>The store's database and its collections, with the configured write concern on every write.</summary>
internal sealed class MongoStoreDatabase
{
    public const string PostingsCollection = "postings";
    public const string RevisionsCollection = "posting_revisions";
    public const string RunsCollection = "scrape_runs";
    public const string SourcesCollection = "sources";
    public const string SourceSummariesCollection = "source_summaries";

    public MongoStoreDatabase(IMongoClient client, IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);

        var mongo = options.Value.MongoDb;
        Name = mongo.Database;
        Database = client.GetDatabase(
            mongo.Database,
            new MongoDatabaseSettings { WriteConcern = MongoValues.WriteConcern(mongo.WriteConcern) });
        Postings = Database.GetCollection<PostingDocument>(PostingsCollection);
        Revisions = Database.GetCollection<PostingRevisionDocument>(RevisionsCollection);
        Runs = Database.GetCollection<ScrapeRunDocument>(RunsCollection);
        Sources = Database.GetCollection<SourceDocument>(SourcesCollection);
        SourceSummaries = Database.GetCollection<SourceRunSummary>(SourceSummariesCollection);
    }

    public string Name { get; }

    public IMongoDatabase Database { get; }

    public IMongoCollection<PostingDocument> Postings { get; }

    public IMongoCollection<PostingRevisionDocument> Revisions { get; }

    public IMongoCollection<ScrapeRunDocument> Runs { get; }

    public IMongoCollection<SourceDocument> Sources { get; }

    /// <summary>Each source's health as its runs give it (<see cref="MongoSourceSummaries"/>).</summary>
    public IMongoCollection<SourceRunSummary> SourceSummaries { get; }

    /// <summary>The process's one client: it holds the connection pools and the cluster monitoring, so it is made once
    /// and shared. Making it connects to nothing; connections open on first use.</summary>
    public static MongoClient CreateClient(MongoDbStoreOptions options, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);

        var settings = MongoClientSettings.FromConnectionString(options.ConnectionString);
        settings.ApplicationName ??= "JobAggregator";
        if (loggerFactory is not null)
        {
            settings.LoggingSettings = new LoggingSettings(loggerFactory);
        }

        return new MongoClient(settings);
    }
}
