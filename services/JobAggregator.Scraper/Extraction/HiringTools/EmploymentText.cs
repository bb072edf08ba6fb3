using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Employment-type codes of APIs ("FullTime", "parttime_fixed_term", "fulltime") written as words an ad
/// would use, for the normalizer to map.</summary>
internal static partial class EmploymentText
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fulltime"] = "Full-time",
        ["parttime"] = "Part-time",
        ["intern"] = "Internship",
        ["internship"] = "Internship",
        ["contract"] = "Contract",
        ["contractor"] = "Contract",
        ["temporary"] = "Temporary",
        ["temp"] = "Temporary",
        ["freelance"] = "Freelance",
        ["volunteer"] = "Volunteer",
        ["perdiem"] = "Per diem",
        ["seasonal"] = "Seasonal",
        ["fixedterm"] = "Fixed-term",
    };

    public static string? FromCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var compact = NonLetters().Replace(code, string.Empty);
        if (Words.TryGetValue(compact, out var word))
        {
            return word;
        }

        // "parttime_fixed_term": the hours first, then the rest as words.
        var spaced = Separators().Replace(CamelBoundary().Replace(code.Trim(), " "), " ");
        spaced = FullTime().Replace(spaced, "Full-time");
        return PartTime().Replace(spaced, "Part-time");
    }

    /// <summary>A tag that names the kind of job ("full time", "contract", "internship"), as words; null for any other
    /// tag ("golang", "legal").</summary>
    public static string? FromTag(string? tag) =>
        tag is not null && Words.TryGetValue(NonLetters().Replace(tag, string.Empty), out var word) ? word : null;

    [GeneratedRegex(@"[^\p{L}]")]
    private static partial Regex NonLetters();

    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"[_\s]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\bfull\s?time\b", RegexOptions.IgnoreCase)]
    private static partial Regex FullTime();

    [GeneratedRegex(@"\bpart\s?time\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartTime();
}
