using System.Collections.ObjectModel;
using System.Diagnostics;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>The in-memory exporter's list, safe to read while spans are still being exported: every demo in the test
/// process shares the bus's ActivitySource, so spans arrive from other tests' threads too.</summary>
internal sealed class RecordedSpans : Collection<Activity>
{
    private readonly Lock _lock = new();

    public Activity[] Snapshot()
    {
        lock (_lock)
        {
            return [.. Items];
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_lock)
        {
            base.InsertItem(index, item);
        }
    }
}
