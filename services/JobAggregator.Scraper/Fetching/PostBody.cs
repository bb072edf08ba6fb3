using System.Text;

namespace JobAggregator.Scraper.Fetching;

/// <summary>What a read-only POST sends: a hiring tool's list that its own board app asks for with a POST (Workday's
/// cxs list). It is sent under every rule a GET is (addresses, robots.txt, the host's turn, timeouts, caps, retries),
/// never with validators, and its answer carries none.</summary>
public sealed record PostBody(string ContentType, byte[] Content)
{
    public static PostBody Json(string json) => new("application/json", Encoding.UTF8.GetBytes(json));

    public string Text => Encoding.UTF8.GetString(Content);
}
