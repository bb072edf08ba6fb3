using System.Diagnostics;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>A request a <see cref="LoopbackSite"/> received, with its headers and when it started and ended
/// (<see cref="Stopwatch"/> timestamps).</summary>
internal sealed class SeenRequest(string pathAndQuery, IReadOnlyDictionary<string, string> headers, long started)
{
    public string PathAndQuery { get; } = pathAndQuery;
    public IReadOnlyDictionary<string, string> Headers { get; } = headers;
    public long Started { get; } = started;
    public long Finished { get; set; }

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
