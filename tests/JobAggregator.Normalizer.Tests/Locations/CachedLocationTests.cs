using JobAggregator.Sources.Organizations;

namespace JobAggregator.Normalizer.Tests.Locations;

/// <summary>The normaliser keeps parsed locations by their text and source country: a text seen again reads as the
/// first time, and the same text from a source in another country is read for that country.</summary>
public sealed class CachedLocationTests
{
    [Fact]
    public void A_location_text_seen_again_reads_as_the_first_time()
    {
        var normalizer = new PostingNormalizer(OrganizationDirectory.Empty);
        var posting = SeedPostings.OhioPublicDefender() with { LocationText = "Portland, OR" };

        var first = normalizer.Normalize(posting);
        var again = normalizer.Normalize(posting with { PostingKey = "190008WE" });

        Assert.Equal(("Portland", "OR", "US"), (first.Location.City, first.Location.Region, first.Location.Country));
        Assert.Equal(first.Location, again.Location);
    }

    [Fact]
    public void The_same_text_from_a_source_in_another_country_is_read_for_that_country()
    {
        var normalizer = new PostingNormalizer(OrganizationDirectory.Empty);
        var posting = SeedPostings.OhioPublicDefender() with { LocationText = "Remote" };

        var american = normalizer.Normalize(posting);
        var british = normalizer.Normalize(posting with { PostingKey = "190008WE", SourceCountry = "GB" });

        Assert.Equal("US", american.Location.Country);
        Assert.Equal("GB", british.Location.Country);
    }
}
