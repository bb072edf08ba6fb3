using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Store.Alerts;

namespace JobAggregator.Api.Alerts;

/// <summary>Writes the alert mails. Every value from a posting or a subscriber is HTML-encoded in the HTML part, and
/// links go only to this site's own pages, so a posting's markup, event attributes or <c>javascript:</c> links never
/// reach a mail.</summary>
internal sealed class AlertMailComposer(AlertLinks links, AlertTokens tokens, TimeProvider time)
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public AlertMail Confirmation(Alert alert, string? jobTitle)
    {
        var confirm = links.Confirm(tokens.Confirmation(alert.Id));
        var what = alert.Kind == AlertKind.Reminder
            ? $"a reminder before “{jobTitle}” closes"
            : $"a {Word(alert.Frequency)} email of new openings matching {AlertSearch.Describe(alert.Search)}";
        var html = new StringBuilder()
            .Append("<p>Someone, probably you, asked for ").Append(Html.Encode(what)).Append(" at JobAggregator.</p>")
            .Append("<p><a href=\"").Append(Html.Encode(confirm)).Append("\">Confirm this alert</a></p>")
            .Append("<p>If it was not you, ignore this mail: nothing will be sent unless the link is followed.</p>");
        var text = new StringBuilder()
            .Append("Someone, probably you, asked for ").Append(what).AppendLine(" at JobAggregator.").AppendLine()
            .AppendLine("Confirm this alert:").AppendLine(confirm).AppendLine()
            .AppendLine("If it was not you, ignore this mail: nothing will be sent unless the link is followed.");
        return Mail($"confirm-{alert.Id}", alert, "Confirm your JobAggregator alert", html, text);
    }

    public AlertMail Digest(Alert alert, DateTimeOffset since, IReadOnlyList<JobItem> openings)
    {
        var subject = openings.Count == 1 ? "1 new opening for your search" : $"{openings.Count} new openings for your search";
        var html = new StringBuilder()
            .Append("<p>New since ").Append(Html.Encode(PageText.Day(since))).Append(" for ")
            .Append(Html.Encode(AlertSearch.Describe(alert.Search))).Append(":</p><ul>");
        var text = new StringBuilder()
            .Append("New since ").Append(PageText.Day(since)).Append(" for ").Append(AlertSearch.Describe(alert.Search)).AppendLine(":").AppendLine();
        foreach (var job in openings)
        {
            var line = Line(job);
            html.Append("<li><a href=\"").Append(Html.Encode(links.Job(job.Id))).Append("\">").Append(Html.Encode(job.Title)).Append("</a>")
                .Append(" — ").Append(Html.Encode(line)).Append("</li>");
            text.Append("* ").AppendLine(job.Title).Append("  ").AppendLine(line).Append("  ").AppendLine(links.Job(job.Id));
        }

        html.Append("</ul><p><a href=\"").Append(Html.Encode(links.Search(alert.Search))).Append("\">See the whole search</a></p>");
        text.AppendLine().AppendLine("The whole search:").AppendLine(links.Search(alert.Search));
        var windowStart = since.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return Mail($"digest-{alert.Id}-{windowStart}", alert, subject, html, text);
    }

    public AlertMail Reminder(Alert alert, JobItem job, DateOnly closes)
    {
        var subject = $"Closing {PageText.Day(closes)}: {job.Title}";
        var html = new StringBuilder()
            .Append("<p><a href=\"").Append(Html.Encode(links.Job(job.Id))).Append("\">").Append(Html.Encode(job.Title)).Append("</a> at ")
            .Append(Html.Encode(job.Organization.Name)).Append(" closes on ").Append(Html.Encode(PageText.Day(closes))).Append(".</p>");
        var text = new StringBuilder()
            .Append(job.Title).Append(" at ").Append(job.Organization.Name).Append(" closes on ").Append(PageText.Day(closes)).AppendLine(".")
            .AppendLine(links.Job(job.Id));
        return Mail($"reminder-{alert.Id}", alert, subject, html, text);
    }

    private AlertMail Mail(string id, Alert alert, string subject, StringBuilder html, StringBuilder text)
    {
        var token = tokens.Manage(alert.Id);
        var unsubscribe = links.Unsubscribe(token);
        var manage = links.Manage(token);
        html.Append("<hr><p><a href=\"").Append(Html.Encode(manage)).Append("\">Manage this alert</a> · <a href=\"")
            .Append(Html.Encode(unsubscribe)).Append("\">Unsubscribe</a></p>");
        text.AppendLine().AppendLine("--").Append("Manage this alert: ").AppendLine(manage).Append("Unsubscribe: ").AppendLine(unsubscribe);
        var body = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Html.Encode(subject)}</title></head><body>{html}</body></html>";
        return new AlertMail(id, alert.Id, alert.Email, subject, body, text.ToString(), unsubscribe, time.GetUtcNow());
    }

    private static string Line(JobItem job)
    {
        var parts = new List<string> { job.Organization.Name };
        if (PageText.Place(job.Location) is { Length: > 0 } place)
        {
            parts.Add(place);
        }

        if (PageText.Pay(job.Salary) is { } pay)
        {
            parts.Add(pay);
        }

        return string.Join(" · ", parts);
    }

    private static string Word(AlertFrequency frequency) => frequency == AlertFrequency.Weekly ? "weekly" : "daily";
}
