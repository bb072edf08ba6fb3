using MailKit.Net.Smtp;
using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>What a failed send says about trying again.</summary>
internal enum MailFailure
{
    /// <summary>The server could not be reached, or is closing (421): the mail waits for it however long that takes.
    /// </summary>
    Unreachable,

    /// <summary>The server refused it for now (4xx): tried again later, a bounded number of times.</summary>
    RefusedForNow,

    /// <summary>The server refused it for good (5xx: an address it rejects, a message it will not take), or the address
    /// cannot be written: never tried again.</summary>
    RefusedForGood,
}

internal static class MailFailures
{
    public static MailFailure Of(Exception exception) => exception switch
    {
        SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable } => MailFailure.Unreachable,
        SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } => MailFailure.RefusedForGood,
        SmtpCommandException => MailFailure.RefusedForNow,
        ParseException => MailFailure.RefusedForGood,
        _ => MailFailure.Unreachable,
    };
}
