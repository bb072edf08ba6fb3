using JobAggregator.Api.Admin;
using JobAggregator.Contracts;
using JobAggregator.Host.Roles;
using JobAggregator.Host.Telemetry;
using JobAggregator.Normalizer;
using JobAggregator.Scraper;
using JobAggregator.Scraper.Messaging;
using JobAggregator.Store;
using MassTransit;
using MassTransit.Configuration;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host.Messaging;

internal static class BusRegistration
{
    public const string TransportKey = "Transport";

    /// <exception cref="ArgumentException">The transport named in configuration is unknown.</exception>
    public static TransportKind ParseTransport(string? value) =>
        string.IsNullOrWhiteSpace(value) ? TransportKind.InMemory
        : Enum.TryParse<TransportKind>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind)
            && Enum.IsDefined(kind) && !int.TryParse(value, out _) ? kind
        : throw new ArgumentException($"--transport: '{value}' is not a transport; use inmemory or rabbitmq.");

    /// <summary>The bus with the consumers of the roles this process runs. On RabbitMQ the whole topology of every role
    /// is declared first, so nothing published before a consumer process starts is dropped by the broker.</summary>
    public static IServiceCollection AddJobAggregatorBus(this IServiceCollection services, HostRole roles, TransportKind transport)
    {
        if (transport == TransportKind.RabbitMq)
        {
            services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            services.AddHostedService<TopologyDeployer>();
            services.AddHttpClient<IQueueMonitor, RabbitMqQueueMonitor>(client => client.Timeout = TimeSpan.FromSeconds(10));
            services.AddHttpClient<IFailedMessages, RabbitMqFailedMessages>(client => client.Timeout = TimeSpan.FromSeconds(30));
            if (roles.HasFlag(HostRole.Scraper))
            {
                services.AddSingleton<IPostingBackPressure, RabbitMqPostingBackPressure>();
            }
        }
        else
        {
            services.AddSingleton<BusCounters>();
            services.AddSingleton<IQueueMonitor>(provider => provider.GetRequiredService<BusCounters>());
            services.AddConsumeObserver(provider => provider.GetRequiredService<BusCounters>());
            services.AddPublishObserver(provider => provider.GetRequiredService<BusCounters>());
            services.AddSingleton<InMemoryFailedMessages>();
            services.AddSingleton<IFailedMessages>(provider => provider.GetRequiredService<InMemoryFailedMessages>());
            services.AddConsumeObserver(provider => provider.GetRequiredService<InMemoryFailedMessages>());
            if (roles.HasFlag(HostRole.Scraper) && roles.HasFlag(HostRole.Store))
            {
                services.AddInMemoryPostingBackPressure();
            }
        }

        services.AddMassTransit(bus =>
        {
            // The README promises a process that reaches no host but its sources and its broker.
            bus.DisableUsageTelemetry();
            AddConsumers(bus, roles, transport);

            if (transport == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    ConfigureRabbitMq(rabbit, context.GetRequiredService<IOptions<RabbitMqOptions>>().Value);
                    UseMalformedMessageFilters(rabbit, context);
                    // The normalizer takes postings as batches here, which a consume filter sees whole: each posting is
                    // checked on its own first, so a malformed one faults alone.
                    rabbit.AddPipeSpecification(
                        new FilterPipeSpecification<ConsumeContext<PostingScraped>>(new RequiredFieldsFilter<PostingScraped>()));
                    rabbit.ConnectConsumerConfigurationObserver(new UnscopedConsumeFilters(typeof(ScrapeRunLogScope<>), context));
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) =>
                {
                    memory.UseInProcessMessages();
                    UseMalformedMessageFilters(memory, context);
                    memory.ConnectConsumerConfigurationObserver(new UnscopedConsumeFilters(typeof(ScrapeRunLogScope<>), context));
                    memory.ConfigureEndpoints(context);
                });
            }
        });
        services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromMinutes(1);
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }

    /// <summary>The bound on a posting's messages in one process, told by the bus when each posting is done with.</summary>
    public static IServiceCollection AddInMemoryPostingBackPressure(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryPostingBackPressure>();
        services.AddSingleton<IPostingBackPressure>(provider => provider.GetRequiredService<InMemoryPostingBackPressure>());
        services.AddConsumeObserver(provider => provider.GetRequiredService<InMemoryPostingBackPressure>());
        return services;
    }

    /// <summary>Over RabbitMQ the normalizer takes postings in batches and publishes each batch's results together; on
    /// the in-memory bus, where a message costs no round trip, one at a time.</summary>
    public static void AddConsumers(IBusRegistrationConfigurator bus, HostRole roles, TransportKind transport)
    {
        bus.SetKebabCaseEndpointNameFormatter();
        if (roles.HasFlag(HostRole.Scraper))
        {
            bus.AddScraperConsumers();
        }

        if (roles.HasFlag(HostRole.Normalizer))
        {
            if (transport == TransportKind.RabbitMq)
            {
                bus.AddBatchingNormalizerConsumers();
            }
            else
            {
                bus.AddNormalizerConsumers();
            }
        }

        if (roles.HasFlag(HostRole.Store))
        {
            bus.AddStoreConsumers();
        }

        if (roles.HasFlag(HostRole.Scheduler))
        {
            bus.AddSchedulerConsumers();
        }
    }

    /// <summary>A message that can never be handled goes to the error queue at once, with a fault that says what is
    /// wrong with it in words (<see cref="MalformedMessageException"/>).</summary>
    private static void UseMalformedMessageFilters(IBusFactoryConfigurator bus, IRegistrationContext context)
    {
        // MassTransit's serializer options are one static instance, shared by every bus of the process (and read-only
        // once a bus has used them, so then replaced by a copy).
        bus.ConfigureJsonSerializerOptions(options =>
        {
            if (options.Converters.OfType<FieldNamingValueConverterFactory>().Any())
            {
                return options;
            }

            var configured = options.IsReadOnly ? new System.Text.Json.JsonSerializerOptions(options) : options;
            configured.Converters.Add(new FieldNamingValueConverterFactory());
            // MassTransit writes its envelope indented; the same JSON without the indentation is a sixth smaller on the
            // wire and cheaper to write, and every reader, of any version, reads it alike.
            configured.WriteIndented = false;
            return configured;
        });
        bus.ConnectConsumerConfigurationObserver(new UnscopedConsumeFilters(typeof(RequiredFieldsFilter<>), context));

        // The store takes postings as batches, which a consume filter sees whole: each posting is checked on its own
        // first, so a malformed one faults alone.
        bus.AddPipeSpecification(new FilterPipeSpecification<ConsumeContext<PostingNormalized>>(new RequiredFieldsFilter<PostingNormalized>()));
    }

    public static void ConfigureRabbitMq(IRabbitMqBusFactoryConfigurator rabbit, RabbitMqOptions options)
    {
        rabbit.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
        {
            host.Username(options.Username);
            host.Password(options.Password);
            host.PublisherConfirmation = true;
        });

        // A consumer whose failures pass 15% of at least 10 messages (a database that went away) stops taking messages
        // for a while, instead of moving the whole queue into _error after its retries.
        rabbit.UseKillSwitch(killSwitch => killSwitch
            .SetActivationThreshold(10)
            .SetTripThreshold(0.15)
            .SetRestartTimeout(s: 30));
    }
}
