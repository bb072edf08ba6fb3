using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace JobAggregator.Store.Reading;

/// <summary>Where a page of a search ended: the sort keys of its last opening, so the next page starts right after it
/// (keyset pagination) instead of counting past every opening before it. Every sort ends in the posting day, the first
/// sighting (both newest first) and the id, which makes the order total.</summary>
/// <param name="Sort">The sort the cursor was made in; it means nothing in another.</param>
/// <param name="Lead">The sort's own first key: the yearly pay's top (<see cref="NoPay"/> when none) for
/// <see cref="JobSort.Salary"/>, the closing day (<see cref="NoClosingDay"/> when none) for
/// <see cref="JobSort.ClosingSoon"/>, the text match's rank (lower is better) for <see cref="JobSort.Relevance"/> with
/// text searched, null for <see cref="JobSort.Newest"/>.</param>
/// <param name="PostedOn">The day the opening went up (first seen when the stated date is suspect).</param>
public sealed record JobCursor(JobSort Sort, string? Lead, DateOnly PostedOn, DateTimeOffset FirstSeen, string Id)
{
    /// <summary>The pay of a posting without pay, below every real figure, so such postings sort last.</summary>
    public const double NoPay = -1;

    /// <summary>The closing day of a posting without one, after every real day, so such postings sort last.</summary>
    public const string NoClosingDay = "9999-12-31";

    private const string Version = "1";

    /// <summary>The rank of <see cref="Lead"/> for the relevance sort.</summary>
    public double Rank => double.Parse(Lead!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The pay of <see cref="Lead"/> for the salary sort.</summary>
    public double Pay => double.Parse(Lead!, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The cursor as an opaque, URL-safe string.</summary>
    public string Encode()
    {
        var text = string.Join(
            '\n',
            Version,
            Sort.ToString(),
            Lead ?? "",
            PostedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            FirstSeen.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            Id);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A cursor made by <see cref="Encode"/>, or null for anything else.</summary>
    public static JobCursor? Decode(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded) || encoded.Length > 2048)
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = text.Split('\n');
        if (parts.Length != 6 || parts[0] != Version
            || !Enum.TryParse<JobSort>(parts[1], ignoreCase: false, out var sort) || !Enum.IsDefined(sort)
            || !DateOnly.TryParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var postedOn)
            || !DateTimeOffset.TryParseExact(parts[4], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var firstSeen)
            || parts[5].Length == 0)
        {
            return null;
        }

        var lead = parts[2];
        var leadValid = sort switch
        {
            JobSort.Salary => double.TryParse(lead, NumberStyles.Float, CultureInfo.InvariantCulture, out var pay) && double.IsFinite(pay),
            JobSort.ClosingSoon => DateOnly.TryParseExact(lead, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            JobSort.Relevance => lead.Length == 0 || (double.TryParse(lead, NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && double.IsFinite(rank)),
            _ => lead.Length == 0,
        };
        return leadValid ? new JobCursor(sort, lead.Length == 0 ? null : lead, postedOn, firstSeen, parts[5]) : null;
    }

    /// <summary>The lead key of the salary sort for a posting's yearly pay.</summary>
    public static string PayLead(double? pay) => (pay ?? NoPay).ToString("R", CultureInfo.InvariantCulture);
}
