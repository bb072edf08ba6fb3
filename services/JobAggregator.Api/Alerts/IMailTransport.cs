using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>Where mails go: an SMTP server, or a folder of .eml files when none is configured.</summary>
internal interface IMailTransport
{
    /// <summary>Says where mails go, for the log and the page after subscribing.</summary>
    string Destination { get; }

    /// <summary>True when mails are written to a folder instead of sent.</summary>
    bool IsFolder { get; }

    Task SendAsync(MimeMessage message, CancellationToken ct);
}
