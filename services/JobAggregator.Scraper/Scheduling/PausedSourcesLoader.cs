using JobAggregator.Contracts;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>Asks the store role which sources are paused, over the bus (the scheduler has no store of its own in
/// distributed mode), until it answers; the scheduler's jobs wait for the answer before their first request.</summary>
internal sealed class PausedSourcesLoader(
    IRequestClient<PausedSourcesRequested> client, PausedSources paused, TimeProvider time, ILogger<PausedSourcesLoader> logger)
    : BackgroundService
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var answer = await client.GetResponse<PausedSourcesListed>(
                    new PausedSourcesRequested(time.GetUtcNow()), stoppingToken, RequestTimeout.After(s: (int)AnswerTimeout.TotalSeconds));
                paused.Load(answer.Message.SourceIds);
                if (answer.Message.SourceIds.Count > 0)
                {
                    logger.LogInformation("Paused sources, skipped by the scheduler: {PausedSources}", string.Join(", ", answer.Message.SourceIds));
                }

                return;
            }
            catch (RequestTimeoutException)
            {
                logger.LogWarning("The store role has not said which sources are paused within {Timeout}; no scrape is requested until it does", AnswerTimeout);
            }

            await Task.Delay(RetryDelay, time, stoppingToken);
        }
    }
}
