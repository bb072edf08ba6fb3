using JobAggregator.Contracts;

namespace JobAggregator.Api.Tests.Jobs;

/// <summary>Postings as the normalizer sends them to the store, varied with <c>with</c>.</summary>
internal static class Postings
{
    /// <summary>The fixed instant the tests' clock reads; postings are scraped an hour before it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static PostingNormalized Posting(string key, string organization = "Acme Legal") =>
        new(
            "acme-careers",
            Guid.NewGuid(),
            Now.AddHours(-1),
            key,
            $"Title {key}",
            new NormalizedOrganization(organization.ToLowerInvariant().Replace(' ', '-'), organization),
            new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false),
            "FULL_TIME",
            null,
            null,
            null,
            null,
            $"Description of {key}",
            $"https://jobs.example.test/{key}",
            null,
            "json-ld",
            "hash-1");
}
