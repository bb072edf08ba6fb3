using System.Globalization;

namespace JobAggregator.Api.Pages;

/// <summary>One choice of a filter on the page: the value sent, its name, and the openings it would give (null when the
/// search has errors and nothing was counted).</summary>
public sealed record FilterOption(string Value, string Text, int? Count, bool Selected)
{
    /// <summary>True when <see cref="Count"/> is a lower bound: the search matches more than the counts read.</summary>
    public bool AtLeast { get; init; }

    /// <summary>The count as shown, "4", or "4+" when it is a lower bound.</summary>
    public string? CountText => Count is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) + (AtLeast ? "+" : "") : null;

    /// <summary>The name with its count, "Full-time (4)".</summary>
    public string TextWithCount => CountText is { } count ? $"{Text} ({count})" : Text;
}
