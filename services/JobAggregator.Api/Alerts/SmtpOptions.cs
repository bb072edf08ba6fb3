using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace JobAggregator.Api.Alerts;

/// <summary>The <c>Alerts:Smtp</c> section. With no <see cref="Host"/>, mails are written as .eml files instead.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Signs in when set, with the password from <see cref="AlertOptions.SmtpPasswordVariable"/>.</summary>
    public string? User { get; set; }

    public string From { get; set; } = "JobAggregator <alerts@localhost>";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;
}
