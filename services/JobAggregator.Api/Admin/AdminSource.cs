using JobAggregator.Store.Operations;

namespace JobAggregator.Api.Admin;

/// <summary>One source with its run history, newest first.</summary>
public sealed record AdminSource(AdminSourceItem Source, IReadOnlyList<RunRecord> Runs);
