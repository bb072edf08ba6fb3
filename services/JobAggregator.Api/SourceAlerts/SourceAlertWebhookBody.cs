namespace JobAggregator.Api.SourceAlerts;

/// <summary>The webhook's JSON: <c>text</c> is what Slack shows; the rest lets other receivers sort alerts.</summary>
/// <param name="Status">raised or recovered.</param>
internal sealed record SourceAlertWebhookBody(string Text, string Source, string Status, string Kind);
