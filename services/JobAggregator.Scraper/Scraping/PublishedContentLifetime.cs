using JobAggregator.Scraper.Messaging;
using Microsoft.Extensions.Hosting;

namespace JobAggregator.Scraper.Scraping;

/// <summary>Opens the scraper's state folder before the bus starts and closes it after the bus stopped (it is registered
/// before the bus, and hosted services stop in reverse order), so the next process knows whether every posting this one
/// published reached the store.</summary>
internal sealed class PublishedContentLifetime(PublishedContent published, IPostingBackPressure backPressure) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        published.Open();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        published.Close(nothingInFlight: backPressure.InFlight == 0);
        return Task.CompletedTask;
    }
}
