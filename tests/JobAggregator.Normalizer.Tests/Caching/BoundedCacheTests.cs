using JobAggregator.Normalizer.Caching;

namespace JobAggregator.Normalizer.Tests.Caching;

public sealed class BoundedCacheTests
{
    [Fact]
    public void Computes_a_key_once_and_answers_it_from_the_cache_after()
    {
        var cache = new BoundedCache<string, string>(capacity: 8);
        var computed = 0;
        string Upper(string key)
        {
            computed++;
            return key.ToUpperInvariant();
        }

        Assert.Equal("BOSTON, MA", cache.GetOrAdd("Boston, MA", Upper));
        Assert.Equal("BOSTON, MA", cache.GetOrAdd("Boston, MA", Upper));
        Assert.Equal("REMOTE", cache.GetOrAdd("Remote", Upper));

        Assert.Equal(2, computed);
    }

    [Fact]
    public void Never_holds_more_than_its_capacity_and_still_answers_every_key()
    {
        var cache = new BoundedCache<int, int>(capacity: 4);

        for (var key = 0; key < 100; key++)
        {
            Assert.Equal(key * 2, cache.GetOrAdd(key, k => k * 2));
            Assert.InRange(cache.Count, 1, 4);
        }
    }

    [Fact]
    public void Rejects_a_capacity_below_one_naming_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<string, string>(capacity: 0));

        Assert.Equal("capacity", error.ParamName);
    }
}
