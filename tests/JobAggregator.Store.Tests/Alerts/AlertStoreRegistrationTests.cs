using JobAggregator.Store.Alerts;
using JobAggregator.Store.Alerts.MongoDb;
using JobAggregator.Store.Alerts.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace JobAggregator.Store.Tests.Alerts;

/// <summary>The alert store follows <c>Store:Provider</c> and its tables are made at start-up with the postings'.</summary>
public sealed class AlertStoreRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sqlite_store_gets_its_alert_tables_at_start_up()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "data", "store.db");
        using var host = Build(new() { ["Store:SqlitePath"] = path });

        await host.StartAsync(Ct);
        var store = host.Services.GetRequiredService<IAlertStore>();
        await host.StopAsync(Ct);

        Assert.IsType<SqliteAlertStore>(store);
        Assert.Null(await store.GetAsync("none", Ct));
        Assert.Empty(await store.DueMailsAsync(DateTimeOffset.UtcNow, 10, Ct));
    }

    [Fact]
    public void Mongodb_provider_gives_the_mongodb_alert_store_without_connecting()
    {
        using var host = Build(new()
        {
            ["Store:Provider"] = "mongodb",
            ["Store:MongoDb:ConnectionString"] = "mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300",
        });

        Assert.IsType<MongoAlertStore>(host.Services.GetRequiredService<IAlertStore>());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPostingStore(builder.Configuration);
        return builder.Build();
    }
}
