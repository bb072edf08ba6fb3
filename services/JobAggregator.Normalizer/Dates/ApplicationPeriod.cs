using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Dates;

/// <summary>A closing date written as the period applications are taken in ("Del 09/12/2026 al 15/12/2026", "du 1 mars
/// 2027 au 15 mars 2027", "dal 01/12/2026 al 20/12/2026", "von 01.12.2026 bis 20.12.2026", "2026-12-01 – 2026-12-20"):
/// the period closes on its second date, where <see cref="DateParser"/> would read the first.</summary>
internal static partial class ApplicationPeriod
{
    /// <summary>The text from the period's second date on; null when the text states no period of two whole dates.</summary>
    public static string? End(string? text) =>
        text is not null && text.Length >= MinPeriodLength && Period().Match(text) is { Success: true } period ? text[period.Groups["end"].Index..] : null;

    /// <summary>Two of the shortest dates and a separator.</summary>
    private const int MinPeriodLength = 13;

    private const string WholeDate = @"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}";

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:del|desde(?:\s+el)?|de|du|dal|da|from|von|vom|van|od)\s+)?(?:" + WholeDate + @")\s*(?:[–—~-]|(?:al|hasta(?:\s+el)?|a|au|to|until|till|through|bis(?:\s+zum)?|tot(?:\s+en\s+met)?|do|até|ao)\s)\s*(?<end>" + WholeDate + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();
}
