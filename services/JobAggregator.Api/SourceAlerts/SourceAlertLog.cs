using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.SourceAlerts;

internal static partial class SourceAlertLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {SourceAlertKind} raised for source {SourceId}; operators and the member were told")]
    public static partial void Raised(ILogger logger, string sourceId, string sourceAlertKind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} recovered from {SourceAlertKind}")]
    public static partial void Recovered(ILogger logger, string sourceId, string sourceAlertKind);

    [LoggerMessage(Level = LogLevel.Error, Message = "The alert notice of source {SourceId} could not go out; trying again on the next pass")]
    public static partial void NotifyFailed(ILogger logger, string sourceId, Exception exception);
}
