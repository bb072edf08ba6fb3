using MassTransit;
using MassTransit.Configuration;
using MassTransit.Serialization;

namespace JobAggregator.Host.Messaging;

/// <summary>A consume filter of an open generic type (<c>RequiredFieldsFilter&lt;&gt;</c>) on every message type a
/// consumer takes, made once when the endpoint is configured. MassTransit's <c>UseConsumeFilter(type, context)</c>
/// resolves such a filter from the message's service scope for every message instead (a scope lookup and a
/// resolution per filter, two messages per posting); these filters keep no state of a message, so one instance serves
/// every message.</summary>
internal sealed class UnscopedConsumeFilters(Type filterType, IServiceProvider services) : IConsumerConfigurationObserver
{
    public void ConsumerConfigured<TConsumer>(IConsumerConfigurator<TConsumer> configurator)
        where TConsumer : class
    {
    }

    /// <exception cref="ConfigurationException">The consumer's message pipe cannot take a filter.</exception>
    public void ConsumerMessageConfigured<TConsumer, TMessage>(IConsumerMessageConfigurator<TConsumer, TMessage> configurator)
        where TConsumer : class
        where TMessage : class
    {
        // As MassTransit's scoped filters: a scheduled or outbox message's serialized body is no message of ours.
        if (typeof(TMessage) == typeof(SerializedMessageBody))
        {
            return;
        }

        if (configurator is not IConsumerMessageConfigurator<TMessage> message)
        {
            throw new ConfigurationException($"The filter {filterType.Name} could not be added for {typeof(TConsumer).Name} - {typeof(TMessage).Name}.");
        }

        var filter = (IFilter<ConsumeContext<TMessage>>)ActivatorUtilities.CreateInstance(services, filterType.MakeGenericType(typeof(TMessage)));
        message.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<TMessage>>(filter));
    }
}
