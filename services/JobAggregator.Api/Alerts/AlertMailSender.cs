using JobAggregator.Store.Alerts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>Sends the outbox's due mails, marking each sent after the server took it; a failure leaves the mail for a
/// later attempt, waiting longer each time. One run at a time in the process, so a mail is not sent twice at once.
/// </summary>
internal sealed class AlertMailSender(
    IAlertStore store, IMailTransport transport, AlertLinks links, IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertMailSender> logger)
    : IDisposable
{
    private const int BatchSize = 100;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _oneRun = new(1, 1);

    /// <returns>How many mails were sent.</returns>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await _oneRun.WaitAsync(ct);
        try
        {
            var sent = 0;
            foreach (var mail in await store.DueMailsAsync(time.GetUtcNow(), BatchSize, ct))
            {
                try
                {
                    await transport.SendAsync(Message(mail), ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    var retryAt = time.GetUtcNow() + Backoff(mail.Attempts);
                    await store.MarkFailedAsync(mail.Id, retryAt, exception.Message, ct);
                    AlertLog.MailFailed(logger, mail.Id, transport.Destination, retryAt, exception);

                    // The server is most likely down: the other mails wait for the next run rather than each time out.
                    break;
                }

                await store.MarkSentAsync(mail.Id, time.GetUtcNow(), ct);
                AlertLog.MailSent(logger, mail.Id, transport.Destination);
                sent++;
            }

            return sent;
        }
        finally
        {
            _oneRun.Release();
        }
    }

    public void Dispose() => _oneRun.Dispose();

    internal MimeMessage Message(AlertMail mail)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            // The same id on every attempt, so a mail delivered twice after a lost acknowledgement is one to the reader.
            MessageId = $"{mail.Id}@{links.Host}",
            Date = mail.CreatedAt,
            Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(options.Value.Smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Headers.Add("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    private static TimeSpan Backoff(int failedBefore)
    {
        var wait = FirstRetry * Math.Pow(2, Math.Min(failedBefore, 10));
        return wait < LongestRetry ? wait : LongestRetry;
    }
}
