using System.Diagnostics;
using System.Runtime.ExceptionServices;
using JobAggregator.Contracts;
using JobAggregator.Store.Telemetry;
using MassTransit;
using MassTransit.Logging;

namespace JobAggregator.Store.Messaging;

/// <summary>Stores normalised postings a batch at a time (<see cref="PostingNormalizedConsumerDefinition"/>), each
/// acknowledged only once it is stored. A posting the store could not write fails alone: the postings written are
/// marked delivered, so when the batch then throws only the failed ones are retried (each in a batch delivered at once,
/// as a retried message does not wait for others) and, once out of retries, moved to the error queue.</summary>
internal sealed class PostingNormalizedConsumer(IPostingStore store, TimeProvider time) : IConsumer<Batch<PostingNormalized>>
{
    public async Task Consume(ConsumeContext<Batch<PostingNormalized>> context)
    {
        var batch = context.Message;
        var postings = new PostingNormalized[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            postings[i] = batch[i].Message;
        }

        var started = Stopwatch.GetTimestamp();
        IReadOnlyList<Exception?> failures = [];
        var spans = new List<Activity>(batch.Length);

        // Each span started becomes the current one; the batch's own span stays current around them.
        var current = Activity.Current;
        try
        {
            for (var i = 0; i < batch.Length; i++)
            {
                if (StoreActivities.StartStorePosting(postings[i], batch[i].Headers.Get<string>(DiagnosticHeaders.ActivityId)) is { } span)
                {
                    spans.Add(span);
                }
            }

            Activity.Current = current;

            await StoreMetrics.MeasureWriteAsync(
                StoreMetrics.Upsert, async () => failures = await store.UpsertBatchAsync(postings, context.CancellationToken));
        }
        finally
        {
            foreach (var span in spans)
            {
                span.Dispose();
            }

            Activity.Current = current;
        }

        var storedAt = time.GetUtcNow();
        var failed = new List<Exception>();
        for (var i = 0; i < postings.Length; i++)
        {
            if (failures[i] is { } failure)
            {
                failed.Add(failure);
            }
            else
            {
                StoreMetrics.PostingStored(postings[i], storedAt);
            }
        }

        if (failed.Count == 0)
        {
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        for (var i = 0; i < postings.Length; i++)
        {
            if (failures[i] is null)
            {
                // Marks the message delivered: MassTransit then acknowledges it although the batch throws below.
                await batch[i].NotifyConsumed(batch[i], elapsed, nameof(PostingNormalizedConsumer));
            }
        }

        // One failure as itself, so the retry policy tells an outage or a malformed posting from the rest.
        if (failed.Distinct().Count() == 1)
        {
            ExceptionDispatchInfo.Throw(failed[0]);
        }

        throw new AggregateException($"{failed.Count} of {postings.Length} postings in a batch could not be stored.", failed.Distinct());
    }
}
