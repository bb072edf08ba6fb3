using System.Diagnostics;

namespace JobAggregator.Benchmarks;

/// <summary>Requests sent at a steady rate from this process (wrk cannot pace them): the latency a reader sees when
/// the server is not saturated.</summary>
internal static class PacedLoad
{
    public sealed record Figures(double PerSecond, double P50, double P99, int Status);

    /// <summary>Each connection sends one request after another, <paramref name="rate"/> requests per second in all.
    /// </summary>
    public static async Task<Figures> MeasureAsync(HttpClient client, Func<HttpRequestMessage> request, int connections, TimeSpan duration, double rate)
    {
        var latencies = new List<double>[connections];
        var status = 0;
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(connections / rate);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            latencies[c] = [];
            var next = clock.Elapsed + interval * c / connections;
            while (clock.Elapsed < duration)
            {
                if (next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }

                next += interval;
                var sent = clock.Elapsed;
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                status = (int)response.StatusCode;
                latencies[c].Add((clock.Elapsed - sent).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Figures(all.Length / clock.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), status);
    }

    private static double Percentile(double[] sorted, double share) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
}
