using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>One demo, started once for a class of read-only tests, after its start-up scrape of every source.</summary>
public class ScrapedDemoFixture : IAsyncLifetime
{
    internal RunningDemo Demo { get; private set; } = null!;
    internal JsonElement[] Jobs { get; private set; } = [];

    /// <summary>Open and closed.</summary>
    internal JsonElement[] AllJobs { get; private set; } = [];

    /// <summary>More command-line settings for the demo; none runs it as the README's run command does.</summary>
    protected virtual string[] Settings => [];

    public async ValueTask InitializeAsync()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        Demo = await RunningDemo.StartAsync(Settings);
        await Demo.WaitForRunsAsync(since);
        Jobs = await Demo.OpenJobsAsync();
        AllJobs = await Demo.AllJobsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Demo.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
