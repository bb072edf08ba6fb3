using System.Diagnostics;
using JobAggregator.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Normalizer;

/// <summary>Pays the normalizer's one-time costs (its word tables, the gazetteer, the sanitizer, the compiled patterns
/// and the JIT) when the role starts, so that the first posting of the first run does not wait for them. The cost is
/// measured by <c>ColdStartBenchmarks</c> in the benchmarks project and logged here.</summary>
internal sealed partial class NormalizerWarmUp(PostingNormalizer normalizer, ILogger<NormalizerWarmUp> logger) : IHostedService
{
    /// <summary>A posting that takes every parser through its work: pay range, dates in two shapes, a place, an
    /// employment type, a description with markup to sanitise and a language to detect.</summary>
    public static PostingScraped Sample { get; } = new(
        SourceId: "warm-up",
        ScrapeRunId: Guid.Empty,
        ScrapedAt: new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero),
        PostingKey: "warm-up",
        Title: "  Staff Attorney &#8211; Post-Conviction Litigation ",
        Organization: "Innocence Project",
        LocationText: "New York, NY (Hybrid)",
        EmploymentTypeText: "Full-time",
        SalaryText: "$85,000 – $95,000 per year",
        Salary: null,
        DatePostedText: "Posted 2/28/2026",
        ValidThroughText: "Closing date: March 10, 2026",
        DescriptionHtml: """
            <h2>About the role</h2>
            <p>The attorney will review claims of innocence and litigate them in state and federal courts.</p>
            <script>track()</script><p onclick="x()">Apply by <a href="/apply">sending a letter</a>.</p>
            """,
        Url: "https://example.org/careers/staff-attorney/",
        ApplyUrl: "/apply/",
        ExtractedBy: "warm-up");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        normalizer.Normalize(Sample);
        LogWarmedUp(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Normalizer warmed up: its first posting took {Milliseconds:0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);
}
