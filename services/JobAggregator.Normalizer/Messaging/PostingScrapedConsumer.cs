using JobAggregator.Contracts;
using JobAggregator.Normalizer.Telemetry;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Normalizer.Messaging;

/// <summary>Normalises each scraped posting and publishes the result. Idempotent: the same posting normalises to the
/// same message, content hash included, so a redelivery only repeats an equal event.</summary>
internal sealed class PostingScrapedConsumer(PostingNormalizer normalizer, ILogger<PostingScrapedConsumer> logger)
    : IConsumer<PostingScraped>
{
    public async Task Consume(ConsumeContext<PostingScraped> context)
    {
        using var activity = NormalizerActivities.StartNormalize(context.Message);
        var normalized = normalizer.Normalize(context.Message);
        NormalizerMetrics.Record(context.Message, normalized);
        await context.Publish(normalized, context.CancellationToken);
        NormalizerLog.Normalized(logger, normalized.PostingKey, normalized.SourceId, normalized.ScrapeRunId, normalized.ContentHash);
    }
}
