using MassTransit;

namespace JobAggregator.Host.Messaging;

/// <summary>Refuses a message without a field its contract requires (<see cref="RequiredFields"/>) before its consumer
/// sees it, with a <see cref="MalformedMessageException"/> that names the message, its source and key where it has
/// them, and the missing fields.</summary>
internal sealed class RequiredFieldsFilter<T> : IFilter<ConsumeContext<T>>
    where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var missing = RequiredFields.Missing(context.Message);
        if (missing.Count > 0)
        {
            throw new MalformedMessageException(
                $"The {typeof(T).Name} message{Identity(context.Message)} has no {string.Join(", ", missing)}: "
                + (missing.Count == 1 ? "a required field is" : "required fields are") + " missing or null, so it can never be handled.");
        }

        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("requiredFields");

    private static string Identity(T message)
    {
        var source = typeof(T).GetProperty("SourceId")?.GetValue(message) as string;
        var key = typeof(T).GetProperty("PostingKey")?.GetValue(message) as string;
        return (source, key) switch
        {
            (not null, not null) => $" for posting '{key}' of source '{source}'",
            (not null, null) => $" for source '{source}'",
            _ => "",
        };
    }
}
