namespace JobAggregator.Api.SourceAlerts;

/// <summary>One message about a source, in words: for a mail (subject and text) and for the webhook (one text).</summary>
internal sealed record SourceAlertNotice(string Subject, string Text);
