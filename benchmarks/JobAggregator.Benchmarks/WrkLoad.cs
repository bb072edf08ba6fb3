using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace JobAggregator.Benchmarks;

/// <summary>Debian's <c>wrk</c> driving one URL flat out: requests per second and latency percentiles as it reports
/// them. Installed with apt when it is missing, as the README's test command does for rabbitmq-server.</summary>
internal static partial class WrkLoad
{
    public sealed record Figures(double PerSecond, double P50, double P99, int Non2xx);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists("/usr/bin/wrk"))
        {
            return;
        }

        Console.WriteLine("wrk is missing: apt-get install -y wrk ...");
        var (exitCode, output) = await RunAsync("apt-get", "install -y wrk");
        if (exitCode != 0 || !File.Exists("/usr/bin/wrk"))
        {
            throw new InvalidOperationException($"Could not install wrk (apt-get exited with {exitCode}); install it and run again:\n{output}");
        }
    }

    public static async Task<Figures> MeasureAsync(Uri url, int connections, int threads, TimeSpan duration, IReadOnlyDictionary<string, string> headers)
    {
        var arguments = string.Create(CultureInfo.InvariantCulture, $"-t{threads} -c{connections} -d{(int)duration.TotalSeconds}s --latency");
        foreach (var (name, value) in headers)
        {
            arguments += $" -H '{name}: {value.Replace("'", "", StringComparison.Ordinal)}'";
        }

        var (exitCode, output) = await RunAsync("/bin/sh", $"-c \"/usr/bin/wrk {arguments.Replace("\"", "\\\"", StringComparison.Ordinal)} {url}\"");
        if (exitCode != 0 || RequestsPerSecond().Match(output) is not { Success: true } rate)
        {
            throw new InvalidOperationException($"wrk failed on {url} (exit {exitCode}):\n{output}");
        }

        return new Figures(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50%"),
            Percentile(output, "99%"),
            NonSuccess().Match(output) is { Success: true } non2xx ? int.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    /// <summary>What <c>uptime</c> prints: the machine's load beside the figures.</summary>
    public static async Task<string> UptimeAsync() => (await RunAsync("uptime", "")).Output.Trim();

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(label)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "s" => value * 1000,
            _ => value,
        };
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();
}
