using System.Globalization;
using System.Text.RegularExpressions;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>One sample of Prometheus' text exposition format: <c>name{label="value",...} value</c>.</summary>
internal sealed partial record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <exception cref="FormatException">A line that is not a comment is not a sample.</exception>
    /// <summary>Reads <c>/metrics</c> from <paramref name="api"/> as Prometheus does.</summary>
    public static async Task<PrometheusSample[]> ScrapeAsync(HttpClient api)
    {
        using var response = await api.GetAsync("/metrics", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return ParseAll(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static PrometheusSample[] ParseAll(string text) => text
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Where(line => !line.StartsWith('#'))
        .Select(Parse)
        .ToArray();

    public string Label(string name) => Labels.GetValueOrDefault(name, "");

    private static PrometheusSample Parse(string line)
    {
        var match = SampleLine().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"not a Prometheus sample: {line}");
        }

        var labels = LabelPair().Matches(match.Groups["labels"].Value)
            .ToDictionary(pair => pair.Groups["name"].Value, pair => Regex.Unescape(pair.Groups["value"].Value), StringComparer.Ordinal);
        var value = match.Groups["value"].Value switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            var number => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new PrometheusSample(match.Groups["name"].Value, labels, value);
    }

    [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$""")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
