using System.Net.Http.Json;
using JobAggregator.Api.Alerts;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>Sends a source's notices: mails through the job seekers' alerts' transport (SMTP, or the mail folder), and
/// the operators' notice to the webhook as JSON with a <c>text</c> field, which a Slack incoming webhook shows as is.
/// Any failure is thrown, so the caller tries the whole notification again on its next pass.</summary>
internal sealed class SourceAlertNotifier(
    IMailTransport transport,
    IHttpClientFactory httpClients,
    IOptions<AlertOptions> alerts,
    IOptions<SourceAlertOptions> options)
{
    public const string WebhookClient = "source-alert-webhook";

    public async Task NotifyAsync(
        string sourceId, string status, string kind, SourceAlertNotice operators, (string To, SourceAlertNotice Notice)? member, CancellationToken ct)
    {
        foreach (var to in options.Value.OperatorEmails)
        {
            await transport.SendAsync(Message(to, operators), ct);
        }

        if (member is var (address, notice))
        {
            await transport.SendAsync(Message(address, notice), ct);
        }

        if (!string.IsNullOrWhiteSpace(options.Value.WebhookUrl))
        {
            using var response = await httpClients.CreateClient(WebhookClient).PostAsJsonAsync(
                options.Value.WebhookUrl,
                new SourceAlertWebhookBody($"{operators.Subject}\n{operators.Text}", sourceId, status, kind),
                ct);
            response.EnsureSuccessStatusCode();
        }
    }

    private MimeMessage Message(string to, SourceAlertNotice notice)
    {
        var message = new MimeMessage
        {
            Subject = notice.Subject,
            Body = new TextPart("plain") { Text = notice.Text },
        };
        message.From.Add(MailboxAddress.Parse(alerts.Value.Smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
