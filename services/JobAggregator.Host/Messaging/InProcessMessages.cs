using JobAggregator.Contracts;
using MassTransit;
using MassTransit.Configuration;

namespace JobAggregator.Host.Messaging;

/// <summary>On the in-memory bus the two messages of every posting, <see cref="PostingScraped"/> and
/// <see cref="PostingNormalized"/>, and a run's <see cref="ScrapeCompleted"/> go from publisher to consumer as objects
/// (<see cref="InProcessMessageSerializer"/>). Sharing one instance is safe because all three are sealed records with
/// init-only members, holding strings, values, other such records and lists nothing changes once the message is made
/// (the normaliser builds a posting's lists for it, the scraper a run's key list from state it no longer changes; each
/// consumer only reads them). A run of a 100,000-posting board lists 3.6 MB of keys: as JSON they were written once and
/// read back into 100,000 strings by each of its two consumers, the store and the scheduler, which needs none of them.
/// Every other message (failures, faults, commands) is written as JSON as before; RabbitMQ never sees this serializer.
/// </summary>
internal static class InProcessMessages
{
    public static void UseInProcessMessages(this IInMemoryBusFactoryConfigurator bus)
    {
        bus.AddDeserializer(InProcessMessageSerializer.Instance);
        // A publish runs the publish pipe only; a send (a replayed failed message) the send pipe.
        bus.ConfigurePublish(publish =>
        {
            publish.AddPipeSpecification(new FilterPipeSpecification<PublishContext<PostingScraped>>(new SerializeInProcess<PublishContext<PostingScraped>>()));
            publish.AddPipeSpecification(new FilterPipeSpecification<PublishContext<PostingNormalized>>(new SerializeInProcess<PublishContext<PostingNormalized>>()));
            publish.AddPipeSpecification(new FilterPipeSpecification<PublishContext<ScrapeCompleted>>(new SerializeInProcess<PublishContext<ScrapeCompleted>>()));
        });
        bus.ConfigureSend(send =>
        {
            send.AddPipeSpecification(new FilterPipeSpecification<SendContext<PostingScraped>>(new SerializeInProcess<SendContext<PostingScraped>>()));
            send.AddPipeSpecification(new FilterPipeSpecification<SendContext<PostingNormalized>>(new SerializeInProcess<SendContext<PostingNormalized>>()));
            send.AddPipeSpecification(new FilterPipeSpecification<SendContext<ScrapeCompleted>>(new SerializeInProcess<SendContext<ScrapeCompleted>>()));
        });
    }

    private sealed class SerializeInProcess<TContext> : IFilter<TContext>
        where TContext : class, SendContext
    {
        public Task Send(TContext context, IPipe<TContext> next)
        {
            context.Serializer = InProcessMessageSerializer.Instance;
            return next.Send(context);
        }

        public void Probe(ProbeContext context) => context.CreateFilterScope("inProcessMessage");
    }
}
