using JobAggregator.Host.Roles;
using JobAggregator.Normalizer;
using JobAggregator.Scraper;
using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host.Messaging;

/// <summary>Declares on RabbitMQ the exchanges, queues and bindings of every role, whichever roles this process runs,
/// before its own bus starts. RabbitMQ drops a message published to an exchange with no queue bound, so a scraper
/// started before the normalizer would otherwise lose its first postings.</summary>
/// <remarks>MassTransit itself declares the topology (a bus built with DeployTopologyOnly), so the names and arguments
/// are exactly those the consuming processes will declare again.</remarks>
internal sealed class TopologyDeployer(IConfiguration configuration, IOptions<RabbitMqOptions> options, ILogger<TopologyDeployer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging()
            .AddScraperOptions()
            .AddNormalizer();
        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            // The scheduler's only queue is a temporary one of each scheduler process, declared by that process.
            BusRegistration.AddConsumers(bus, HostRole.All & ~HostRole.Scheduler, TransportKind.RabbitMq);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                BusRegistration.ConfigureRabbitMq(rabbit, options.Value);
                rabbit.DeployTopologyOnly = true;
                rabbit.DeployPublishTopology = true;
                rabbit.ConfigureEndpoints(context);
            });
        });

        await using var provider = services.BuildServiceProvider();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        await provider.GetRequiredService<IBusControl>().DeployAsync(timeout.Token);
        logger.LogInformation("Declared the message topology of every role on RabbitMQ at {RabbitMqHost}:{RabbitMqPort}",
            options.Value.Host, options.Value.Port);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
