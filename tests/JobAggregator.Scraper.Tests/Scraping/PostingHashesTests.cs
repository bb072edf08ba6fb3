using JobAggregator.Scraper.Scraping;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>Posting keys held as numbers: each given back as it was, whether <see cref="PostingKeys"/> made it or not.</summary>
public sealed class PostingHashesTests
{
    private static readonly string MadeKey = PostingKeys.For("acme", new Uri("https://jobs.example.test/1"), "Staff Attorney", null);

    [Theory]
    [InlineData("key-1")]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("ffffffffffffffffffffffffffffffff")]
    [InlineData("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF")]
    [InlineData("0000000000000000000000000000000")]
    [InlineData("000000000000000000000000000000000")]
    [InlineData("")]
    public void A_key_is_given_back_as_it_was(string key)
    {
        var hashes = new PostingHashes();
        hashes.Set(key, 7);

        var number = Assert.Single(hashes.Numbers);
        Assert.Equal(key, hashes.KeyOf(number));
        Assert.True(hashes.TryGetValue(number, out var hash));
        Assert.Equal((UInt128)7, hash);
    }

    [Fact]
    public void A_key_made_by_PostingKeys_is_its_number_spelled_and_needs_no_string()
    {
        var number = PostingKeyNumbers.Of(MadeKey, out var spelled);

        Assert.True(spelled);
        Assert.Equal(MadeKey, PostingKeyNumbers.Spell(number));
    }

    [Fact]
    public void Upper_case_digits_are_another_key_than_lower_case_ones()
    {
        var lower = PostingKeyNumbers.Of(MadeKey, out _);
        var upper = PostingKeyNumbers.Of(MadeKey.ToUpperInvariant(), out var spelled);

        Assert.False(spelled);
        Assert.NotEqual(lower, upper);
    }

    [Fact]
    public void Setting_a_key_again_replaces_its_hash()
    {
        var hashes = new PostingHashes();
        hashes.Set(MadeKey, 1);
        hashes.Set("key-1", 2);
        hashes.Set(MadeKey, 3);

        Assert.Equal([(MadeKey, (UInt128)3), ("key-1", (UInt128)2)], hashes.Entries.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Listed_keys_keep_their_order_and_spelling()
    {
        var hashes = new PostingHashes();
        string[] keys = ["key-2", MadeKey, "key-1"];
        var numbers = keys.Select(key =>
        {
            hashes.Set(key, 0);
            return PostingKeyNumbers.Of(key, out _);
        }).ToList();

        var listed = new ListedKeys(numbers, hashes);

        Assert.Equal(keys, listed);
        Assert.Equal(3, listed.Count);
        Assert.Equal(MadeKey, listed[1]);
    }
}
