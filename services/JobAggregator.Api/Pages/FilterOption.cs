using System.Globalization;

namespace JobAggregator.Api.Pages;

/// <summary>One choice of a filter on the page: the value sent, its name, and the openings it would give (null when the
/// search has errors and nothing was counted).</summary>
public sealed record FilterOption(string Value, string Text, int? Count, bool Selected)
{
    /// <summary>The name with its count, "Full-time (4)".</summary>
    public string TextWithCount => Count is { } n ? $"{Text} ({n.ToString("N0", CultureInfo.InvariantCulture)})" : Text;
}
