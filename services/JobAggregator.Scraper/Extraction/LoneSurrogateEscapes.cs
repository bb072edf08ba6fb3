using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction;

/// <summary>JSON may escape half of a surrogate pair (<c>"\ud800"</c>): it parses, and then reading the string throws
/// InvalidOperationException wherever a strategy reads it. Such an escape is replaced by U+FFFD before parsing, as a
/// decoder does with a broken byte sequence; whole pairs stay.</summary>
internal static partial class LoneSurrogateEscapes
{
    private const string Pair = @"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}";
    private const string Half = @"\\u[dD][89a-fA-F][0-9a-fA-F]{2}";

    public static string Replace(string json) =>
        json.Contains("\\ud", StringComparison.OrdinalIgnoreCase)
            ? Escapes().Replace(json, match => match.Length == 12 ? match.Value : "\\uFFFD")
            : json;

    [GeneratedRegex(Pair + "|" + Half)]
    private static partial Regex Escapes();
}
