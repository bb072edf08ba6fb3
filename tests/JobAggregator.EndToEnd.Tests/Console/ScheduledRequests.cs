using System.Collections.Concurrent;
using JobAggregator.Contracts;
using MassTransit;
using Quartz;

namespace JobAggregator.EndToEnd.Tests.Console;

/// <summary>Fires a source's scheduler job now and tells, once the job has run, whether it asked for a scrape: the
/// ScrapeRequested it published are seen by a publish observer on the bus while the job runs.</summary>
internal sealed class ScheduledRequests : IPublishObserver, IDisposable
{
    private readonly ConcurrentQueue<ScrapeRequested> _published = new();
    private readonly IScheduler _scheduler;
    private readonly ConnectHandle _observer;

    private ScheduledRequests(IScheduler scheduler, IBus bus)
    {
        _scheduler = scheduler;
        _observer = bus.ConnectPublishObserver(this);
    }

    public static async Task<ScheduledRequests> ConnectAsync(ISchedulerFactory schedulers, IBus bus) =>
        new(await schedulers.GetScheduler(TestContext.Current.CancellationToken), bus);

    /// <returns>How many scrapes of the source the job asked for.</returns>
    public async Task<int> FireAsync(string sourceId)
    {
        var key = new JobKey(sourceId, "sources");
        var executed = new Executed($"console-test-{Guid.NewGuid():N}", key);
        _scheduler.ListenerManager.AddJobListener(executed);
        try
        {
            var before = _published.Count(r => r.SourceId == sourceId);
            await _scheduler.TriggerJob(key, TestContext.Current.CancellationToken);
            await executed.Done.Task.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
            return _published.Count(r => r.SourceId == sourceId) - before;
        }
        finally
        {
            _scheduler.ListenerManager.RemoveJobListener(executed.Name);
        }
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (context.Message is ScrapeRequested request)
        {
            _published.Enqueue(request);
        }

        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public void Dispose() => _observer.Disconnect();

    private sealed class Executed(string name, JobKey key) : IJobListener
    {
        public string Name => name;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (context.JobDetail.Key.Equals(key))
            {
                Done.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }
}
