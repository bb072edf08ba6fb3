namespace JobAggregator.Normalizer.Descriptions;

/// <summary>A description as safe HTML and as plain text; both null when the posting had none.</summary>
internal sealed record CleanDescription(string? Html, string? Text)
{
    public static readonly CleanDescription None = new(null, null);
}
