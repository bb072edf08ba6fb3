using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Admin;
using JobAggregator.Api.Tests.Admin;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Sources;

/// <summary>While the store cannot write, the sources' health says so, on <c>/api/sources</c>, <c>/api/admin/sources</c>
/// and the console, instead of "healthy with 0 failures"; once a write succeeds again it is gone. The database is made
/// read-only for real, by the flag in its header that SQLite honours even for root.</summary>
public sealed class StoreErrorInSourceHealthTests
{
    private static readonly SourceDefinition Source = new(
        "innocence-project", "Innocence Project", new Uri("http://members.test/careers/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_only_database_shows_as_the_store_error_of_every_source_until_a_write_succeeds()
    {
        await using var site = await ConsoleSite.StartAsync(services: services => services.AddSingleton(new SourceCatalog("sources.yaml", [Source])));
        var server = site.Server;
        var started = ApiServer.ScrapedAt;
        await server.Store.CompleteRunAsync(new ScrapeCompleted(Source.Id, Guid.NewGuid(), started, started.AddSeconds(5), ["one"], 1, false, "json-ld"), Ct);
        await server.StoreAsync(ApiServer.Posting("one", "Staff Attorney"));
        var before = await SourceAsync(server.Client, "/api/sources");
        // Signing in records the operator's action in the database, so it comes before the database turns read-only.
        using var signIn = await site.SignInAsync(ConsoleSite.Operator, ConsoleSite.Password, Ct);

        await SetReadOnlyAsync(server.DatabasePath, readOnly: true);
        var refused = await Assert.ThrowsAsync<SqliteException>(() => server.StoreAsync(ApiServer.Posting("two", "Paralegal")));
        var failing = await SourceAsync(server.Client, "/api/sources");
        using var adminRequest = new HttpRequestMessage(HttpMethod.Get, "/api/admin/sources");
        adminRequest.Headers.Add(OperatorSchemes.ApiKeyHeader, ConsoleSite.ApiKey);
        using var adminResponse = await server.Client.SendAsync(adminRequest, Ct);
        var admin = (await adminResponse.Content.ReadFromJsonAsync<JsonElement[]>(Ct))!.Single().GetProperty("source");
        var console = await site.Browser.GetStringAsync("/admin", Ct);
        var sourcePage = await site.Browser.GetStringAsync($"/admin/sources/{Source.Id}", Ct);

        await SetReadOnlyAsync(server.DatabasePath, readOnly: false);
        await server.StoreAsync(ApiServer.Posting("three", "Investigator"));
        var after = await SourceAsync(server.Client, "/api/sources");

        Assert.Equal("healthy", before.GetProperty("health").GetString());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("storeError").ValueKind);
        Assert.Equal(8, refused.SqliteErrorCode);
        Assert.Equal("store-failing", failing.GetProperty("health").GetString());
        var storeError = failing.GetProperty("storeError").GetString()!;
        Assert.StartsWith("the store cannot write: ", storeError, StringComparison.Ordinal);
        Assert.Contains("readonly database", storeError, StringComparison.Ordinal);
        Assert.Matches(@" since \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$", storeError);
        Assert.Equal(storeError, admin.GetProperty("storeError").GetString());
        Assert.Equal("store-failing", admin.GetProperty("health").GetString());
        Assert.Contains(storeError, System.Net.WebUtility.HtmlDecode(console), StringComparison.Ordinal);
        Assert.Contains(storeError, System.Net.WebUtility.HtmlDecode(sourcePage), StringComparison.Ordinal);
        Assert.Equal("healthy", after.GetProperty("health").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("storeError").ValueKind);
    }

    private static async Task<JsonElement> SourceAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement[]>(path, Ct))!.Single(s => s.GetProperty("id").GetString() == Source.Id);

    /// <summary>Sets the file format's write version (byte 18 of the header) above 2, which makes SQLite open the file
    /// read-only, or back to 2 (WAL). The WAL is checkpointed into the file first so its copy of the header cannot
    /// win, and the pools are cleared so the next connection reads the header anew.</summary>
    private static async Task SetReadOnlyAsync(string databasePath, bool readOnly)
    {
        await using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(Ct);
        }

        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(databasePath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite))
        {
            file.Position = 18;
            file.WriteByte(readOnly ? (byte)3 : (byte)2);
        }

        SqliteConnection.ClearAllPools();
    }
}
