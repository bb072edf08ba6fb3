using Microsoft.Extensions.Hosting;

namespace JobAggregator.Store;

/// <summary>Creates the schema in <see cref="IHostedLifecycleService.StartingAsync"/>, which the host runs before any
/// hosted service's StartAsync, so the bus never delivers a message to a store without tables whatever the
/// registration order.</summary>
internal sealed class StoreInitializer(IPostingStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
