using JobAggregator.Contracts;
using JobAggregator.Store;

namespace JobAggregator.Benchmarks;

/// <summary>Normalised postings spread over many organisations, places, types and pay, written through the store's own
/// write path, several at a time so the store commits them in groups.</summary>
internal static class SyntheticPostings
{
    private static readonly string[] Titles =
        ["Staff Attorney", "Paralegal", "Investigator", "Intake Specialist", "Communications Manager", "Development Director", "Policy Fellow", "Social Worker"];

    private static readonly (string City, string Region, string Country)[] Places =
    [
        ("New York", "NY", "US"), ("Atlanta", "GA", "US"), ("Chicago", "IL", "US"), ("Houston", "TX", "US"),
        ("Denver", "CO", "US"), ("Seattle", "WA", "US"), ("London", "England", "GB"), ("Amsterdam", "North Holland", "NL"),
    ];

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="organizations">How many organisations the postings are spread over, each with its own source.</param>
    public static async Task SeedAsync(IPostingStore store, int count, int organizations)
    {
        const int InFlight = 64;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                await store.UpsertAsync(Posting(i, organizations), CancellationToken.None);
            }
        }));
    }

    public static string SourceId(int member) => $"source-{member}";

    /// <summary>One successful run a source, listing the postings written for it, so the sources' health has runs to
    /// show.</summary>
    public static async Task RecordRunsAsync(IPostingStore store, int count, int organizations)
    {
        for (var member = 0; member < organizations; member++)
        {
            var keys = Enumerable.Range(0, count).Where(i => i % organizations == member).Select(i => $"posting-{i}").ToList();
            await store.CompleteRunAsync(
                new ScrapeCompleted(SourceId(member), Guid.NewGuid(), Start.AddDays(-1), Start.AddDays(-1).AddMinutes(1), keys, 1, false, "json-ld"),
                CancellationToken.None);
        }
    }

    public static PostingNormalized Posting(int i, int organizations)
    {
        var title = Titles[i % Titles.Length];
        var (city, region, country) = Places[i / Titles.Length % Places.Length];
        var member = i % organizations;
        var organization = $"Member {member}";
        var seen = Start.AddMinutes(i);
        var pay = 50_000 + i % 50 * 1000;
        return new PostingNormalized(
            SourceId(member),
            Guid.NewGuid(),
            seen,
            $"posting-{i}",
            $"{title} {i}",
            new NormalizedOrganization($"member-{member}", organization),
            new NormalizedLocation($"{city}, {region}, {country}", city, region, country, i % 7 == 0),
            i % 3 == 0 ? "PART_TIME" : "FULL_TIME",
            new NormalizedSalary(pay, pay + 10_000, country == "GB" ? "GBP" : "USD", "YEAR", null) { AnnualMin = pay, AnnualMax = pay + 10_000 },
            DateOnly.FromDateTime(seen.UtcDateTime),
            i % 4 == 0 ? DateOnly.FromDateTime(seen.UtcDateTime).AddDays(30 + i % 60) : null,
            $"<p>{title} at {organization} in {city}. Represent clients, review case files and work with the team.</p>",
            $"{title} at {organization} in {city}. Represent clients, review case files and work with the team.",
            $"https://member-{member}.example/jobs/{i}",
            null,
            "json-ld",
            $"hash-{i}")
        {
            Categories = [i % Titles.Length == 0 ? "attorney" : "other"],
            Language = country == "NL" ? "nl" : "en",
        };
    }
}
