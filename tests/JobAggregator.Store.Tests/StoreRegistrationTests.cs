using JobAggregator.Store.Reading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests;

public sealed class StoreRegistrationTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Host_start_creates_the_folder_and_schema_of_the_configured_file()
    {
        var path = Path.Combine(_folder.Path, "missing", "jobs.db");
        using var host = BuildHost(new() { ["Store:SqlitePath"] = path });

        await host.StartAsync(Ct);

        Assert.True(File.Exists(path));
        Assert.True(await host.Services.GetRequiredService<IPostingReader>().IsReadyAsync(Ct));
        await host.StopAsync(Ct);
    }

    [Fact]
    public void Store_and_reader_are_singletons()
    {
        using var host = BuildHost(new() { ["Store:SqlitePath"] = Path.Combine(_folder.Path, "jobs.db") });

        Assert.Same(host.Services.GetRequiredService<IPostingStore>(), host.Services.GetRequiredService<IPostingStore>());
        Assert.Same(host.Services.GetRequiredService<IPostingReader>(), host.Services.GetRequiredService<IPostingReader>());
    }

    [Fact]
    public async Task Empty_sqlite_path_fails_at_start_naming_the_setting()
    {
        using var host = BuildHost(new() { ["Store:SqlitePath"] = "" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("SqlitePath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_provider_fails_at_start_naming_the_setting()
    {
        using var host = BuildHost(new()
        {
            ["Store:Provider"] = "postgres",
            ["Store:SqlitePath"] = Path.Combine(_folder.Path, "jobs.db"),
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Store:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite, mongodb", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public async Task Partial_drop_ratio_outside_0_to_1_fails_at_start_naming_the_setting(string ratio)
    {
        using var host = BuildHost(new()
        {
            ["Store:SqlitePath"] = Path.Combine(_folder.Path, "jobs.db"),
            ["Store:PartialDropRatio"] = ratio,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Store:PartialDropRatio must be from 0 (off) to 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1025")]
    public async Task A_writer_cache_outside_1_to_1024_MiB_fails_at_start_naming_the_setting(string mebibytes)
    {
        using var host = BuildHost(new()
        {
            ["Store:SqlitePath"] = Path.Combine(_folder.Path, "jobs.db"),
            ["Store:SqliteWriterCacheMebibytes"] = mebibytes,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains($"Store:SqliteWriterCacheMebibytes must be from 1 to 1024 MiB (was {mebibytes})", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPostingStore(builder.Configuration);
        // Registered twice on purpose: the api and store roles both ask for the store when they share a process.
        builder.Services.AddPostingStore(builder.Configuration);
        return builder.Build();
    }
}
