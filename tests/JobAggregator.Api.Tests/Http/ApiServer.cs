using JobAggregator.Api.Http;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Tests.Http;

/// <summary>The api role as the Host runs it, on a free loopback port over a real SQLite file in a fresh folder, with
/// postings written through the store's own write side.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public static readonly DateTimeOffset ScrapedAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly string _folder;

    private ApiServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        _folder = folder;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public IPostingStore Store => Services.GetRequiredService<IPostingStore>();

    public string DatabasePath => Path.Combine(_folder, "jobs.db");

    public static async Task<ApiServer> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("jobaggregator-api-").FullName;
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Store:SqlitePath"] = Path.Combine(folder, "jobs.db") });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton(new SourceCatalog(Path.Combine(folder, "sources.yml"), []));
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddApi();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseApi();
        app.MapApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiServer(app, folder, new Uri(address));
    }

    public Task StoreAsync(PostingNormalized posting) =>
        Services.GetRequiredService<IPostingStore>().UpsertAsync(posting, CancellationToken.None);

    /// <summary>A posting as the normalizer sends it, with plain defaults a test overrides with <c>with</c>.</summary>
    public static PostingNormalized Posting(string key, string title, string organization = "Innocence Project") =>
        new(
            "innocence-project",
            Guid.NewGuid(),
            ScrapedAt,
            key,
            title,
            new NormalizedOrganization(organization.ToLowerInvariant().Replace(' ', '-'), organization),
            new NormalizedLocation("New York, NY", "New York", "NY", "US", false),
            "FULL_TIME",
            new NormalizedSalary(85000m, 95000m, "USD", "YEAR", "$85,000 – $95,000") { AnnualMin = 85000m, AnnualMax = 95000m },
            new DateOnly(2026, 2, 28),
            new DateOnly(2026, 12, 31),
            $"<p>About {title}.</p>",
            $"About {title}.",
            $"https://members.example.test/careers/{key}",
            null,
            "heuristics",
            $"hash-{key}")
        {
            Categories = ["attorney"],
            Language = "en",
        };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may still hold the file for a moment; the temp folder is left behind then.
        }
    }
}
