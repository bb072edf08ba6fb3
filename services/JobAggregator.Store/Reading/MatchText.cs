namespace JobAggregator.Store.Reading;

/// <summary>How the store compares a filter's text with a stored value, in every store: trimmed and lower-cased here,
/// in .NET, because SQLite's own NOCASE and lower() fold ASCII only, which would miss "ZÜRICH" for "Zürich".</summary>
internal static class MatchText
{
    public static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToLowerInvariant();
    }
}
