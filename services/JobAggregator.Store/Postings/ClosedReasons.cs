namespace JobAggregator.Store.Postings;

/// <summary>Why a posting closed.</summary>
public static class ClosedReasons
{
    /// <summary>Successful runs of its source stopped listing it (one for an API or feed, two for an HTML page).</summary>
    public const string Missing = "missing";

    /// <summary>Its detail page answered 404 or 410.</summary>
    public const string Gone = "gone";

    /// <summary>Its valid-through date has passed.</summary>
    public const string Expired = "expired";
}
