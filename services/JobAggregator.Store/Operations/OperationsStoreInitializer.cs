using Microsoft.Extensions.Hosting;

namespace JobAggregator.Store.Operations;

/// <summary>Creates the console's tables or collections at start-up, before any hosted service starts, as
/// <see cref="StoreInitializer"/> does for the postings.</summary>
internal sealed class OperationsStoreInitializer(IOperationsStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
