using System.Diagnostics.Metrics;
using JobAggregator.Normalizer.Telemetry;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests.Telemetry;

/// <summary>The parse-miss counter read through a real MeterListener, as an exporter reads it.</summary>
public sealed class NormalizerMetricsTests
{
    private readonly PostingNormalizer _normalizer = new(OrganizationDirectory.Empty);

    [Fact]
    public void A_posting_whose_pay_date_and_place_read_counts_no_miss()
    {
        var misses = Record(SeedPostings.OhioPublicDefender());

        Assert.Equal(new Dictionary<string, long> { [NormalizerMetrics.Pay] = 0, [NormalizerMetrics.Date] = 0, [NormalizerMetrics.Place] = 0 }, misses);
    }

    [Fact]
    public void Pay_date_and_place_texts_that_give_no_value_count_one_miss_each()
    {
        var misses = Record(SeedPostings.OhioPublicDefender() with
        {
            Salary = null,
            SalaryText = "competitive, depending on experience",
            DatePostedText = "whenever the board meets",
            LocationText = "wherever the work takes you",
        });

        Assert.Equal(new Dictionary<string, long> { [NormalizerMetrics.Pay] = 1, [NormalizerMetrics.Date] = 1, [NormalizerMetrics.Place] = 1 }, misses);
    }

    /// <summary>Normalises the posting and returns the misses counted for its source, by field.</summary>
    private Dictionary<string, long> Record(Contracts.PostingScraped scraped)
    {
        // Other tests may normalise postings at the same time: count only this one's unique source.
        var unique = scraped with { SourceId = $"metrics-test-{Guid.NewGuid():N}" };
        var misses = new Dictionary<string, long>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == NormalizerMetrics.MeterName && instrument.Name == NormalizerMetrics.ParseMissesInstrument)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var tagged = tags.ToArray();
            if (tagged.Any(tag => tag.Key == "source" && Equals(tag.Value, unique.SourceId)))
            {
                var field = (string)tagged.Single(tag => tag.Key == "field").Value!;
                lock (misses)
                {
                    misses[field] = misses.GetValueOrDefault(field) + value;
                }
            }
        });
        listener.Start();

        NormalizerMetrics.Record(unique, _normalizer.Normalize(unique));
        return misses;
    }
}
