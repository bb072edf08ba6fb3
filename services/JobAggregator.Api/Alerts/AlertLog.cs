using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Alerts;

internal static partial class AlertLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Alert mails go to the {MailDestination}")]
    public static partial void MailDestination(ILogger logger, string mailDestination);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent alert mail {AlertMailId} to the {MailDestination}")]
    public static partial void MailSent(ILogger logger, string alertMailId, string mailDestination);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert mail {AlertMailId} could not go to the {MailDestination}; trying again at {RetryAt}")]
    public static partial void MailFailed(ILogger logger, string alertMailId, string mailDestination, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The {MailDestination} refused alert mail {AlertMailId} for now (attempt {Attempt} of {MaxAttempts}); trying again at {RetryAt}")]
    public static partial void MailRefusedForNow(
        ILogger logger, string alertMailId, string mailDestination, int attempt, int maxAttempts, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Gave up alert mail {AlertMailId} of alert {AlertId} after {Attempts} attempts: the {MailDestination} refused it; it is marked failed in the store")]
    public static partial void MailGivenUp(ILogger logger, string alertMailId, string alertId, string mailDestination, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded a digest of {OpeningCount} openings for alert {AlertId}")]
    public static partial void DigestRecorded(ILogger logger, string alertId, int openingCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alert {AlertId} has a search that is no longer valid: {Problems}")]
    public static partial void SearchInvalid(ILogger logger, string alertId, string problems);
}
