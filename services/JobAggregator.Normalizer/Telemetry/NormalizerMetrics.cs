using System.Diagnostics.Metrics;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Normalizer.Telemetry;

/// <summary>The normaliser's instruments: the postings it read and each field whose text it could not read (a parse
/// miss), so a source whose pay, dates or places stop being understood shows up before anyone reads its postings.</summary>
public static class NormalizerMetrics
{
    public const string MeterName = "JobAggregator.Normalizer";

    public const string ParseMissesInstrument = "jobaggregator.normalizer.parse_misses";

    public const string Pay = "pay";
    public const string Date = "date";
    public const string Place = "place";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Normalized = Meter.CreateCounter<long>(
        "jobaggregator.normalizer.postings", "{posting}", "Postings normalised, by source.");

    private static readonly Counter<long> ParseMisses = Meter.CreateCounter<long>(
        ParseMissesInstrument, "{field}", "Fields with text the normaliser could not read, by source and field (pay, date, place).");

    /// <summary>Counts the posting, and for each field a miss when its text gave no value (zero otherwise, so every
    /// source has its series from its first posting).</summary>
    public static void Record(PostingScraped scraped, PostingNormalized normalized)
    {
        var source = new KeyValuePair<string, object?>("source", scraped.SourceId);
        Normalized.Add(1, source);
        Miss(source, Pay, HasText(scraped.SalaryText) && normalized.Salary is not { Min: not null } and not { Max: not null });
        Miss(source, Date, (HasText(scraped.DatePostedText) && normalized.DatePosted is null)
            || (HasText(scraped.ValidThroughText) && normalized.ValidThrough is null && !normalized.OpenUntilFilled));
        Miss(source, Place, HasText(scraped.LocationText) && IsNoPlace(normalized.Location, Countries.FromHint(scraped.SourceCountry)));
    }

    private static void Miss(KeyValuePair<string, object?> source, string field, bool missed) =>
        ParseMisses.Add(missed ? 1 : 0, source, new("field", field));

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>No city, region or remote work read from the text, and no country but the one the source states (which
    /// the parser fills in whatever the text says).</summary>
    private static bool IsNoPlace(NormalizedLocation location, string? sourceCountry) =>
        location is { City: null, Region: null, Remote: false } && (location.Country is null || location.Country == sourceCountry);
}
