using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>Names the key of a bad <c>Alerts</c> setting, and refuses a password written into configuration.</summary>
internal sealed class AlertOptionsValidator(IConfiguration configuration) : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add($"Alerts:PublicBaseUrl must be an absolute http or https address, not '{options.PublicBaseUrl}'.");
        }

        if (!MailboxAddress.TryParse(options.Smtp.From, out _))
        {
            failures.Add($"Alerts:Smtp:From must be a mail address such as 'JobAggregator <alerts@example.org>', not '{options.Smtp.From}'.");
        }

        if (configuration[$"{AlertOptions.SectionName}:Smtp:Password"] is not null)
        {
            failures.Add($"Alerts:Smtp:Password must not be set in configuration; put the password in the {AlertOptions.SmtpPasswordVariable} environment variable.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
