using System.Globalization;
using JobAggregator.Api.Sources;
using JobAggregator.Api.Text;
using JobAggregator.Store.Operations;

namespace JobAggregator.Api.Admin;

/// <summary>How the console words times, durations, ratios and problems.</summary>
internal static class ConsoleText
{
    public static string When(DateTimeOffset? at) =>
        at is { } value ? value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "never";

    public static string Seconds(double? seconds) =>
        seconds is { } value ? value.ToString("0.0 's'", CultureInfo.InvariantCulture) : "–";

    public static string Ratio(double? ratio) =>
        ratio is { } value ? value.ToString("0 %", CultureInfo.InvariantCulture) : "–";

    /// <summary>What is wrong with the source, in words: the store's error while the store cannot write, its latest error
    /// while it fails, else why it found nothing.</summary>
    public static string Problem(SourceItem source) =>
        source.StoreError is { } storeError ? storeError
        : source.ConsecutiveFailures > 0 ? source.LastError ?? "failed"
        : source.Explanation ?? source.NoPostingsReason ?? "";

    /// <summary>What the run found, or why it found nothing, or why it failed.</summary>
    public static string Outcome(RunRecord run) =>
        !run.Ok ? $"Failed: {run.Error}{(run.HttpStatus is { } status ? $" (HTTP {status})" : "")}"
        : run.NotModified ? "Unchanged since the last run; nothing read"
        : run.PostingsFound is 0 or null ? $"No postings: {run.Explanation ?? run.NoPostingsReason ?? "none listed"}"
        : $"{Counted.Of(run.PostingsFound.Value, "posting", "postings")} from {Counted.Of(run.PagesFetched ?? 0, "page", "pages")}" + (run.ClosedPostings is > 0 ? $", {run.ClosedPostings} closed" : "");
}
