namespace JobAggregator.Api.SourceAlerts;

/// <summary>The troubles a source is alerted for, as stored.</summary>
internal static class SourceAlertKind
{
    /// <summary>Its runs failed <see cref="SourceAlertOptions.FailuresBeforeAlert"/> times in a row.</summary>
    public const string Failing = "failing";

    /// <summary>Its page was read but listed nothing, where it listed postings before.</summary>
    public const string Empty = "empty";

    /// <summary>Its page listed far fewer postings than before (<c>Store:PartialDropRatio</c>); none were closed.</summary>
    public const string PartialDrop = "partial-drop";
}
