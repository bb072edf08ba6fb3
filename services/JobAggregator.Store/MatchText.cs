namespace JobAggregator.Store;

/// <summary>How the store compares a filter's text with a stored value, in every store: trimmed and lower-cased.
/// </summary>
internal static class MatchText
{
    public static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToLowerInvariant();
    }
}
