using System.Globalization;

namespace JobAggregator.Benchmarks;

/// <summary>A command's <c>--name value</c> options.</summary>
internal static class CommandOption
{
    public static int Int(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
