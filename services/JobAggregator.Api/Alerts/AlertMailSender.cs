using JobAggregator.Store.Alerts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>Sends the outbox's due mails, marking each sent after the server took it. A server that cannot be reached
/// holds every mail, waiting longer each time (never giving up, so no mail is lost to an outage); a mail the server
/// refuses for now is tried again at most <see cref="MaxAttempts"/> times, a mail it refuses for good not again: both
/// are then marked failed in the store and logged as errors. One run at a time in the process, so a mail is not sent
/// twice at once.</summary>
internal sealed class AlertMailSender(
    IAlertStore store, IMailTransport transport, AlertLinks links, IOptions<AlertOptions> options, TimeProvider time, ILogger<AlertMailSender> logger)
    : IDisposable
{
    /// <summary>Attempts a server may refuse for now before the mail is given up; with the waits doubling from a
    /// minute up to an hour, the last comes about four hours after the first.</summary>
    public const int MaxAttempts = 10;

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
                    if (await HoldOrGiveUpAsync(mail, exception, ct) == MailFailure.Unreachable)
                    {
                        // The other mails wait for the next run rather than each time out.
                        break;
                    }

                    continue;
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

    private async Task<MailFailure> HoldOrGiveUpAsync(AlertMail mail, Exception exception, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var failure = MailFailures.Of(exception);
        switch (failure)
        {
            case MailFailure.Unreachable:
                // Attempts are not counted while the server is away, so the wait grows with the mail's age instead.
                var retryAt = now + Clamp(now - mail.CreatedAt);
                await store.PostponeAsync(mail.Id, retryAt, exception.Message, ct);
                AlertLog.MailFailed(logger, mail.Id, transport.Destination, retryAt, exception);
                break;
            case MailFailure.RefusedForNow when mail.Attempts + 1 < MaxAttempts:
                var refusedRetryAt = now + Clamp(FirstRetry * Math.Pow(2, mail.Attempts));
                await store.MarkFailedAsync(mail.Id, refusedRetryAt, exception.Message, ct);
                AlertLog.MailRefusedForNow(logger, mail.Id, transport.Destination, mail.Attempts + 1, MaxAttempts, refusedRetryAt, exception);
                break;
            default:
                await store.GiveUpAsync(mail.Id, now, exception.Message, ct);
                AlertLog.MailGivenUp(logger, mail.Id, mail.AlertId, transport.Destination, mail.Attempts + 1, exception);
                break;
        }

        return failure;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < FirstRetry ? FirstRetry : wait > LongestRetry ? LongestRetry : wait;
}
