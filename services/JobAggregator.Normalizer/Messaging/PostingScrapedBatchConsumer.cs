using System.Runtime.ExceptionServices;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Normalizer.Messaging;

/// <summary>Normalises scraped postings a batch at a time (<see cref="PostingScrapedBatchConsumerDefinition"/>) and
/// publishes the results together, their confirms awaited together, where a broker makes each message's round trip
/// cost more than normalising it. Each result is published from its own posting's context, so it carries that posting's
/// conversation and trace as when postings are consumed one at a time (<see cref="PostingScrapedConsumer"/>).
/// A posting that fails fails alone: the others are published and marked delivered, and only then does the batch throw,
/// so only the failed ones are retried or, like a posting the normalizer rejects, moved to the error queue.
/// Idempotent as the one-at-a-time consumer: a redelivered posting publishes an equal event again.</summary>
internal sealed class PostingScrapedBatchConsumer(PostingNormalizer normalizer, ILogger<PostingScrapedBatchConsumer> logger)
    : IConsumer<Batch<PostingScraped>>
{
    public async Task Consume(ConsumeContext<Batch<PostingScraped>> context)
    {
        var batch = context.Message;
        var results = new PostingNormalized?[batch.Length];
        var publishes = new List<Task>(batch.Length);
        List<Exception>? failed = null;
        for (var i = 0; i < batch.Length; i++)
        {
            var scraped = batch[i];
            using var activity = NormalizerActivities.StartNormalize(scraped.Message);
            try
            {
                results[i] = normalizer.Normalize(scraped.Message);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                (failed ??= []).Add(failure);
                continue;
            }

            NormalizerMetrics.Record(scraped.Message, results[i]!);
            publishes.Add(scraped.Publish(results[i]!, context.CancellationToken));
        }

        await Task.WhenAll(publishes);
        foreach (var normalized in results)
        {
            if (normalized is not null)
            {
                NormalizerLog.Normalized(logger, normalized.PostingKey, normalized.SourceId, normalized.ScrapeRunId, normalized.ContentHash);
            }
        }

        if (failed is null)
        {
            return;
        }

        for (var i = 0; i < batch.Length; i++)
        {
            if (results[i] is not null)
            {
                // Marks the posting delivered: MassTransit then acknowledges it although the batch throws below.
                await batch[i].NotifyConsumed(batch[i], TimeSpan.Zero, nameof(PostingScrapedBatchConsumer));
            }
        }

        // One failure as itself, so the retry policy tells a rejected posting (never retried) from the rest.
        if (failed.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failed[0]);
        }

        throw new AggregateException($"{failed.Count} of {batch.Length} postings in a batch could not be normalised.", failed);
    }
}
