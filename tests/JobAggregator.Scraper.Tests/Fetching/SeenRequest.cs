using System.Diagnostics;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>A request a <see cref="LoopbackSite"/> received, with its method, headers and body and when it started and
/// ended (<see cref="Stopwatch"/> timestamps).</summary>
internal sealed class SeenRequest(string pathAndQuery, IReadOnlyDictionary<string, string> headers, long started)
{
    public string PathAndQuery { get; } = pathAndQuery;
    public string Method { get; init; } = "GET";

    /// <summary>The request's body as UTF-8 text; empty for a GET.</summary>
    public string Body { get; init; } = "";

    public IReadOnlyDictionary<string, string> Headers { get; } = headers;
    public long Started { get; } = started;
    public long Finished { get; set; }

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
