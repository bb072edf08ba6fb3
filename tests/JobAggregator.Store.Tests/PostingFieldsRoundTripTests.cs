using System.Collections;
using System.Reflection;
using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Tests.Sqlite;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests;

/// <summary>Every field of <see cref="PostingNormalized"/> is stored and read back by both stores: a field added to the
/// message fails here until the test posting sets it and each store keeps it.</summary>
public sealed class PostingFieldsRoundTripTests
{
    private static readonly PostingNormalized Full = Posting("key-1") with
    {
        Organization = new NormalizedOrganization("georgia-innocence-project", "Georgia Innocence Project"),
        Location = new NormalizedLocation("Atlanta, GA or remote", "Atlanta", "GA", "US", true)
        {
            Hybrid = true,
            OtherPlaces = [new NormalizedPlace("Savannah", "GA", "US")],
        },
        Salary = new NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", "$17.89 – $50.98 per hour")
        {
            AnnualMin = 37211.2m,
            AnnualMax = 106038.4m,
        },
        DatePosted = new DateOnly(2025, 2, 27),
        ValidThrough = new DateOnly(2025, 4, 30),
        DescriptionHtml = "<p>Litigate.</p>",
        ApplyUrl = "https://jobs.example.test/key-1/apply",
        Categories = [PostingCategories.Attorney, PostingCategories.Policy],
        Language = "en",
        OpenUntilFilled = true,
        SourceOrganizationId = "georgia-innocence-project",
    };

    [Fact]
    public void Test_posting_sets_every_field_of_the_message()
    {
        Assert.Empty(DefaultFields(Full, nameof(PostingNormalized)));
    }

    [Fact]
    public async Task Sqlite_stores_and_reads_back_every_field()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sqlite = new SqliteStore();
        await sqlite.Store.InitializeAsync(ct);
        await sqlite.Store.UpsertAsync(Full, ct);

        AssertEveryField((await sqlite.Reader.GetAsync(Full.PostingKey, ct))!);
    }

    [Fact]
    public void MongoDb_stores_and_reads_back_every_field()
    {
        var written = PostingDocument.Create(Full).ToBsonDocument();

        AssertEveryField(BsonSerializer.Deserialize<PostingDocument>(written).ToStoredPosting());
    }

    private static void AssertEveryField(StoredPosting stored)
    {
        foreach (var field in typeof(PostingNormalized).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var (sent, read) = (Json(field.GetValue(Full)), Json(field.GetValue(stored.Content)));
            Assert.True(sent == read, $"{field.Name}: sent {sent}, read back {read}");
        }

        Assert.Equal(Full.ScrapedAt, stored.LastSeen);
    }

    /// <summary>The fields left at their default, nested records of the contracts included.</summary>
    private static IEnumerable<string> DefaultFields(object value, string path) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .SelectMany(p => p.GetValue(value) switch
            {
                null or false or 0 or 0m => [$"{path}.{p.Name}"],
                string { Length: 0 } => [$"{path}.{p.Name}"],
                ICollection { Count: 0 } => [$"{path}.{p.Name}"],
                var nested when nested.GetType().Namespace == typeof(PostingNormalized).Namespace =>
                    DefaultFields(nested, $"{path}.{p.Name}"),
                _ => [],
            });

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
