using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>The scraper's production services with test-sized settings: no gap between requests to a host, one quick
/// retry. Settings given override those.</summary>
internal static class FetchingServices
{
    public static ServiceProvider Build(params (string Key, string Value)[] settings) => Build(null, settings);

    public static ServiceProvider Build(Action<IServiceCollection>? before, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
            ["Scraper:MaxRetries"] = "1",
            ["Scraper:RetryBaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging();
        before?.Invoke(services);
        return services.AddScraper().BuildServiceProvider();
    }

    public static IPageFetcher Fetcher(this ServiceProvider services) => services.GetRequiredService<IPageFetcher>();

    public static FetchOptions Loopback { get; } = new() { AllowPrivateNetwork = true };
}
