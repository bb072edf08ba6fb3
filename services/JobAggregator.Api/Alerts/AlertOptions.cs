using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Api.Alerts;

/// <summary>The <c>Alerts</c> section; checked at start-up by <see cref="AlertOptionsValidator"/>.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Alerts";

    /// <summary>The SMTP password is read from this environment variable only, never from a settings file.</summary>
    public const string SmtpPasswordVariable = "JOBAGGREGATOR_SMTP_PASSWORD";

    /// <summary>The site's public address, which links in mails point to.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Where the link-signing keys (<c>keys/</c>) and, with no SMTP host, the mails (<c>mail/</c>) are kept;
    /// empty: the folder of <c>Store:SqlitePath</c>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>How often digests and reminders are looked for and unsent mails retried.</summary>
    [Range(1, 86400)]
    public int CheckIntervalSeconds { get; set; } = 300;

    /// <summary>How long a confirmation link works.</summary>
    [Range(1, 720)]
    public int ConfirmationLinkHours { get; set; } = 48;

    /// <summary>A reminder goes out this many days before its opening closes.</summary>
    [Range(1, 60)]
    public int ReminderDaysBeforeClosing { get; set; } = 3;

    /// <summary>Subscriptions one IP address may submit per <see cref="FormWindowSeconds"/>.</summary>
    [Range(1, 10000)]
    public int FormPermitLimit { get; set; } = 5;

    [Range(1, 86400)]
    public int FormWindowSeconds { get; set; } = 600;

    public SmtpOptions Smtp { get; set; } = new();
}
