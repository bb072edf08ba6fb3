using Microsoft.Extensions.Logging;

namespace JobAggregator.Normalizer.Messaging;

/// <summary>The normaliser's per-posting log line, generated so a disabled level costs a check, not an array of boxed
/// arguments per posting.</summary>
internal static partial class NormalizerLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Normalised posting {PostingKey} of source {SourceId} in run {ScrapeRunId} as {ContentHash}")]
    public static partial void Normalized(ILogger logger, string postingKey, string sourceId, Guid scrapeRunId, string contentHash);
}
