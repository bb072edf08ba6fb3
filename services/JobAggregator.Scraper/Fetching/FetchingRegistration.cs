using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace JobAggregator.Scraper.Fetching;

internal static class FetchingRegistration
{
    public const string PublicClient = "JobAggregator.Fetch";

    /// <summary>A client of its own, with its own connection pool, for requests allowed to reach private networks; see
    /// <see cref="GuardedConnector"/>.</summary>
    public const string PrivateNetworkClient = "JobAggregator.Fetch.PrivateNetwork";

    /// <summary>The page fetcher, its politeness and robots state (shared by every scrape in the process), the validator
    /// cache, and the two HTTP clients.</summary>
    public static IServiceCollection AddPageFetching(this IServiceCollection services)
    {
        services.TryAddSingleton<IAddressPolicy, PublicAddressesOnly>();
        services.TryAddSingleton<IHostResolver, SystemHostResolver>();
        services.TryAddSingleton<IValidatorCache, InMemoryValidatorCache>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<HostGate>();
        services.TryAddSingleton<IPageFetcher, HttpPageFetcher>();
        AddFetchClient(services, PublicClient, poolMayReachPrivate: false);
        AddFetchClient(services, PrivateNetworkClient, poolMayReachPrivate: true);
        return services;
    }

    private static void AddFetchClient(IServiceCollection services, string name, bool poolMayReachPrivate)
    {
        services.AddHttpClient(name, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<ScraperOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
                client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // Redirects are followed by the fetcher, one checked hop at a time; decompression is done there too,
                // so the compressed and decompressed sizes can both be capped; a proxy would hide the address connected
                // to, and cookies would carry one source's session into another's requests.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.None,
                UseProxy = false,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<ScraperOptions>>().Value.RequestTimeoutSeconds),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = GuardedConnector.Create(
                    provider.GetRequiredService<IAddressPolicy>(), provider.GetRequiredService<IHostResolver>(), poolMayReachPrivate),
            })
            .AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                var scraper = provider.GetRequiredService<IOptions<ScraperOptions>>().Value;
                var timeout = TimeSpan.FromSeconds(scraper.RequestTimeoutSeconds);
                resilience.AttemptTimeout.Timeout = timeout;
                resilience.TotalRequestTimeout.Timeout = timeout * (scraper.MaxRetries + 2);
                resilience.CircuitBreaker.SamplingDuration = timeout * 2;
                resilience.CircuitBreaker.ShouldHandle = args => TransientFailures.ShouldRetry(args.Outcome);
                resilience.Retry.MaxRetryAttempts = scraper.MaxRetries;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(scraper.RetryBaseDelayMilliseconds);
                resilience.Retry.BackoffType = DelayBackoffType.Exponential;
                resilience.Retry.UseJitter = true;
                resilience.Retry.ShouldRetryAfterHeader = false;
                resilience.Retry.ShouldHandle = args => TransientFailures.ShouldRetry(args.Outcome);
            })
            // One pipeline per authority, so one failing site opens its own circuit and not every site's.
            .SelectPipelineByAuthority();
    }
}
