using Microsoft.Extensions.Options;
using MimeKit;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>Names the key of a bad <c>SourceAlerts</c> setting.</summary>
internal sealed class SourceAlertOptionsValidator : IValidateOptions<SourceAlertOptions>
{
    public ValidateOptionsResult Validate(string? name, SourceAlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        for (var index = 0; index < options.OperatorEmails.Count; index++)
        {
            if (!MailboxAddress.TryParse(options.OperatorEmails[index], out _))
            {
                failures.Add(
                    $"{SourceAlertOptions.SectionName}:OperatorEmails:{index} must be a mail address such as ops@example.org, not '{options.OperatorEmails[index]}'.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.WebhookUrl)
            && !(Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var webhook) && webhook.Scheme is "http" or "https"))
        {
            failures.Add($"{SourceAlertOptions.SectionName}:WebhookUrl must be an absolute http or https address.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
