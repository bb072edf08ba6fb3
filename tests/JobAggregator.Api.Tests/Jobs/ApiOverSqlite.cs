using JobAggregator.Sources;
using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Tests.Jobs;

/// <summary>The api role alone over real HTTP on loopback, on a real SQLite file in a fresh folder, with the clock fixed
/// at <see cref="Now"/>; tests write postings through the store and read them back through the endpoints.</summary>
internal sealed class ApiOverSqlite : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly string _folder;

    private ApiOverSqlite(WebApplication app, string folder, HttpClient client)
    {
        _app = app;
        _folder = folder;
        Client = client;
    }

    public HttpClient Client { get; }

    public IPostingStore Store => _app.Services.GetRequiredService<IPostingStore>();

    public static async Task<ApiOverSqlite> StartAsync(CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jobaggregator-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(folder, "store.db"),
        });
        builder.Services.AddSingleton<TimeProvider>(new FixedClock(Now));
        builder.Services.AddSingleton(new SourceCatalog(Path.Combine(folder, "sources.yaml"), []));
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddApi();
        var app = builder.Build();
        app.UseApi();
        app.MapApi();
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ApiOverSqlite(app, folder, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
