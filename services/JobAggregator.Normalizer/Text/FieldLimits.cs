namespace JobAggregator.Normalizer.Text;

/// <summary>The most characters each plain field keeps: far beyond any real title or place, short enough that a page
/// stuffing a megabyte into one cannot bloat the store, the API or the pages.</summary>
internal static class FieldLimits
{
    public const int Title = 300;

    public const int Organization = 200;

    public const int Place = 300;

    /// <summary>Any other plain field: pay, dates and types as written.</summary>
    public const int Text = 500;
}
