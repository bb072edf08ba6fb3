using System.Globalization;
using JobAggregator.Api.Admin;
using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Host.Messaging;

/// <summary>The failed messages of the in-memory bus, which has no <c>_error</c> queue anyone can read: a consume
/// observer keeps each message whose consumer failed (the latest exception of its retries; forgotten if a retry
/// succeeds), the newest <see cref="Limit"/> of them. A replay sends the message again to the queue it failed in, under
/// a new id; if it fails again it is kept again with its new exception.</summary>
internal sealed class InMemoryFailedMessages(IServiceProvider services, TimeProvider time) : IConsumeObserver, IFailedMessages
{
    /// <summary>The failed messages kept; the oldest is dropped past it.</summary>
    public const int Limit = 1000;

    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _entries = new();

    public string Source => $"the in-memory bus's failed messages (the newest {Limit.ToString(CultureInfo.InvariantCulture)} since start-up)";

    public Task<IReadOnlyList<FailedMessage>> ListAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<FailedMessage>>(_entries.Select(e => e.Failed).ToList());
        }
    }

    public async Task<bool> ReplayAsync(string id, CancellationToken ct)
    {
        if (Take(id) is not { } entry)
        {
            return false;
        }

        await SendAsync(entry, ct);
        return true;
    }

    public async Task<int> ReplayAllAsync(CancellationToken ct)
    {
        List<Entry> all;
        lock (_gate)
        {
            all = [.. _entries];
            _entries.Clear();
        }

        foreach (var entry in all)
        {
            await SendAsync(entry, ct);
        }

        return all.Count;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken ct) => Task.FromResult(Take(id) is not null);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        // A retry that succeeded: the message did not fail after all.
        if (context.MessageId is { } id)
        {
            Take(Id(id));
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        var id = Id(context.MessageId ?? NewId.NextGuid());
        var queue = context.ReceiveContext.InputAddress;
        var (sourceId, postingKey, title) = context.Message switch
        {
            PostingScraped p => (p.SourceId, p.PostingKey, p.Title),
            PostingNormalized p => (p.SourceId, p.PostingKey, p.Title),
            ScrapeRequested r => (r.SourceId, null, null),
            ScrapeCompleted r => (r.SourceId, null, null),
            ScrapeFailed r => (r.SourceId, (string?)null, (string?)null),
            _ => (null, null, null),
        };
        var failed = new FailedMessage(
            id, queue.AbsolutePath.Trim('/'), typeof(T).FullName, exception.GetType().FullName, exception.Message, time.GetUtcNow(), sourceId, postingKey, title);
        lock (_gate)
        {
            var kept = _entries.First;
            while (kept is not null && kept.Value.Failed.Id != id)
            {
                kept = kept.Next;
            }

            if (kept is not null)
            {
                _entries.Remove(kept);
            }

            _entries.AddFirst(new Entry(failed, context.Message, queue));
            if (_entries.Count > Limit)
            {
                _entries.RemoveLast();
            }
        }

        return Task.CompletedTask;
    }

    private static string Id(Guid messageId) => messageId.ToString("D", CultureInfo.InvariantCulture);

    private Entry? Take(string id)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.Failed.Id == id)
                {
                    _entries.Remove(node);
                    return node.Value;
                }
            }

            return null;
        }
    }

    private async Task SendAsync(Entry entry, CancellationToken ct)
    {
        var bus = (IBus)services.GetService(typeof(IBus))!;
        var endpoint = await bus.GetSendEndpoint(entry.Queue);
        await endpoint.Send(entry.Message, entry.Message.GetType(), ct);
    }

    private sealed record Entry(FailedMessage Failed, object Message, Uri Queue);
}
