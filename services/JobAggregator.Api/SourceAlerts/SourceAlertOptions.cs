using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Api.SourceAlerts;

/// <summary>The <c>SourceAlerts</c> section: when a source's trouble is told, and to whom; checked at start-up by
/// <see cref="SourceAlertOptionsValidator"/>. Mails go out the way the job seekers' alerts do (<c>Alerts:Smtp</c>, or the
/// mail folder), with links on <c>Alerts:PublicBaseUrl</c>.</summary>
public sealed class SourceAlertOptions
{
    public const string SectionName = "SourceAlerts";

    /// <summary>Failed runs in a row that raise the failing alert.</summary>
    [Range(1, 1000)]
    public int FailuresBeforeAlert { get; set; } = 3;

    /// <summary>Operators' mail addresses; every alert and recovery goes to each.</summary>
    public List<string> OperatorEmails { get; set; } = [];

    /// <summary>Receives every alert and recovery as a POSTed JSON body with a <c>text</c> field, as a Slack incoming
    /// webhook takes it; none when empty.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>How often sources' health is looked at.</summary>
    [Range(1, 86400)]
    public int CheckIntervalSeconds { get; set; } = 300;

    /// <summary>Sources whose alerts are muted, by id, until the moment given (as the sources file's
    /// <c>muteAlertsUntil</c> does).</summary>
    public Dictionary<string, DateTimeOffset> MutedUntil { get; set; } = new(StringComparer.Ordinal);
}
