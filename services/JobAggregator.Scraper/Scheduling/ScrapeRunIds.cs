using System.Security.Cryptography;
using System.Text;

namespace JobAggregator.Scraper.Scheduling;

public static class ScrapeRunIds
{
    /// <summary>The same source and slot always give the same run id, so a second scheduler firing the same slot
    /// requests the same run instead of a new one.</summary>
    public static Guid For(string sourceId, DateTimeOffset slot)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceId}\n{slot.ToUnixTimeMilliseconds()}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
