using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per mail (alerts are few).</summary>
internal sealed class SmtpMailTransport(IOptions<AlertOptions> options) : IMailTransport
{
    private SmtpOptions Smtp => options.Value.Smtp;

    public string Destination => $"SMTP server {Smtp.Host}:{Smtp.Port}";

    public bool IsFolder => false;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = Smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(Smtp.Host ?? throw new InvalidOperationException("Alerts:Smtp:Host is not set."), Smtp.Port, Smtp.Tls, ct);
        if (!string.IsNullOrEmpty(Smtp.User))
        {
            await client.AuthenticateAsync(Smtp.User, Environment.GetEnvironmentVariable(AlertOptions.SmtpPasswordVariable) ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
