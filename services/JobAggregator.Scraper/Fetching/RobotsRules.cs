using System.Globalization;
using System.Text;

namespace JobAggregator.Scraper.Fetching;

/// <summary>The part of a robots.txt (RFC 9309) that applies to us: the rules of the groups naming our product token,
/// else of the <c>*</c> groups, and their Crawl-delay.</summary>
internal sealed class RobotsRules
{
    private const string RobotsPath = "/robots.txt";

    private RobotsRules(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, string? summary, FetchFailure failure)
    {
        Rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        Summary = summary;
        Failure = failure;
    }

    public static RobotsRules AllowAll { get; } = new([], null, [], null, FetchFailure.RobotsDisallowed);

    public IReadOnlyList<RobotsRule> Rules { get; }
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs the file lists, for whoever looks for a site's careers page.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Why everything is disallowed when it is not the file's own rules that say so.</summary>
    public string? Summary { get; }

    /// <summary>How a refusal is reported: robots-disallowed, or, when robots.txt could not be asked for at all, as
    /// the unreachable host or timeout that it is.</summary>
    public FetchFailure Failure { get; }

    public static RobotsRules DisallowAll(string why, FetchFailure failure = FetchFailure.RobotsDisallowed) =>
        new([new RobotsRule("/", Allow: false)], null, [], why, failure);

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        RobotsGroup? current = null;
        var collectingAgents = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.AsSpan();
            var hash = line.IndexOf('#');
            if (hash >= 0)
            {
                line = line[..hash];
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToString().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().ToString();
            switch (key)
            {
                case "user-agent" or "useragent" or "user agent":
                    // Consecutive user-agent lines share one group; one after a rule starts the next group.
                    if (current is null || !collectingAgents)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.Agents.Add(value);
                    collectingAgents = true;
                    break;
                case "allow" or "disallow" or "dissallow" or "disalow":
                    collectingAgents = false;
                    if (current is not null && value.Length > 0)
                    {
                        current.Rules.Add(new RobotsRule(NormalisePattern(value), Allow: key == "allow"));
                    }

                    break;
                case "crawl-delay":
                    collectingAgents = false;
                    if (current is not null
                        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                        && seconds is >= 0 and < 86400)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "sitemap":
                    sitemaps.Add(value);
                    break;
                default:
                    break;
            }
        }

        var ours = groups.Where(g => g.Agents.Any(a => NamesProduct(a, productToken))).ToList();
        var applicable = ours.Count > 0 ? ours : groups.Where(g => g.Agents.Any(a => a == "*")).ToList();
        return new RobotsRules(
            applicable.SelectMany(g => g.Rules).ToList(),
            applicable.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null),
            sitemaps,
            null,
            FetchFailure.RobotsDisallowed);
    }

    public bool IsAllowed(Uri url)
    {
        var path = NormalisePath(url.PathAndQuery);
        if (path == RobotsPath)
        {
            return true;
        }

        var bestLength = -1;
        var allowed = true;
        foreach (var rule in Rules)
        {
            // The longest pattern decides; between equally long ones, Allow wins (RFC 9309, 2.2.2).
            if ((rule.Pattern.Length > bestLength || (rule.Pattern.Length == bestLength && rule.Allow)) && Matches(path, rule.Pattern))
            {
                bestLength = rule.Pattern.Length;
                allowed = rule.Allow;
            }
        }

        return allowed;
    }

    /// <summary>Whether <paramref name="pattern"/> matches a prefix of <paramref name="path"/> (the whole of it when the
    /// pattern ends in <c>$</c>), with <c>*</c> matching any run of characters: the set of positions the pattern so far
    /// can have reached is carried along, so no input makes it backtrack.</summary>
    internal static bool Matches(string path, string pattern)
    {
        var positions = new int[path.Length + 1];
        var count = 1;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '$' && i == pattern.Length - 1)
            {
                return positions[count - 1] == path.Length;
            }

            if (c == '*')
            {
                count = path.Length - positions[0] + 1;
                for (var j = 1; j < count; j++)
                {
                    positions[j] = positions[j - 1] + 1;
                }

                continue;
            }

            var kept = 0;
            for (var j = 0; j < count; j++)
            {
                if (positions[j] < path.Length && path[positions[j]] == c)
                {
                    positions[kept++] = positions[j] + 1;
                }
            }

            if (kept == 0)
            {
                return false;
            }

            count = kept;
        }

        return true;
    }

    private static bool NamesProduct(string agent, string productToken)
    {
        var end = agent.AsSpan().IndexOfAny('/', ' ');
        var name = end < 0 ? agent.AsSpan() : agent.AsSpan(0, end);
        return name.Equals(productToken, StringComparison.OrdinalIgnoreCase);
    }

    private static string NormalisePattern(string pattern) =>
        NormalisePath(pattern.StartsWith('/') || pattern.StartsWith('*') ? pattern : "/" + pattern);

    /// <summary>Percent-encodes what a URL would carry encoded (non-ASCII, spaces, controls) and upper-cases the hex
    /// digits of existing escapes, so a rule and a path compare octet for octet.</summary>
    private static string NormalisePath(string path)
    {
        if (path.Length == 0)
        {
            return "/";
        }

        var result = new StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && char.IsAsciiHexDigit(path[i + 1]) && char.IsAsciiHexDigit(path[i + 2]))
            {
                result.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                i += 2;
            }
            else if (c is > ' ' and < (char)0x7F)
            {
                result.Append(c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < path.Length ? 2 : 1;
                foreach (var octet in Encoding.UTF8.GetBytes(path.Substring(i, length)))
                {
                    result.Append('%').Append(octet.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
        }

        return result.ToString();
    }
}
