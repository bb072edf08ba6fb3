using JobAggregator.Store.Operations;

namespace JobAggregator.Api.Admin;

/// <summary>A run as <c>GET /api/admin/runs/{id}</c> answers it: "pending" until the store has recorded its end, then
/// "ok" or "failed" with the run.</summary>
public sealed record RunState(Guid RunId, string State, RunRecord? Run)
{
    public static RunState Of(Guid runId, RunRecord? run) =>
        new(runId, run is null ? "pending" : run.Ok ? "ok" : "failed", run);
}
