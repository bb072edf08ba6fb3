using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Dates;

/// <summary>A closing date written as the period applications are taken in ("Del 09/12/2026 al 15/12/2026", "du 1 mars
/// 2027 au 15 mars 2027", "von 01.12.2026 bis 20.12.2026", "2026-12-01 – 2026-12-20", "de 7 a 18 de dezembro de 2026",
/// "vom 7. bis 18. Dezember 2026"): the period closes on its second date, where <see cref="DateParser"/> would read the
/// first. The first date may leave out the month and year the second states. The scraper reads the same rule in prose,
/// after a word for applications.</summary>
internal static partial class ApplicationPeriod
{
    /// <summary>The text from the period's second date on; null when the text states no period.</summary>
    public static string? End(string? text) =>
        text is not null && text.Length >= MinPeriodLength && Period().Match(text) is { Success: true } period ? text[period.Groups["end"].Index..] : null;

    /// <summary>The second date of a period stated in running text after a word for applications ("Inscrições: de 7 a 18
    /// de dezembro de 2026, pelo e-mail", "Postulaciones: del 9 al 15 de diciembre de 2026", "Applications open from 7 to
    /// 18 December 2026"); null when the text states none.</summary>
    public static string? EndInProse(string text) =>
        text.Length >= MinPeriodLength && PeriodInProse().Match(text) is { Success: true } period ? period.Groups["end"].Value : null;

    /// <summary>A day, a separator and the shortest whole date.</summary>
    private const int MinPeriodLength = 10;

    private const string WholeDate = @"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}";

    /// <summary>A first date that leaves out what the second states: a day ("7", "7."), a day and month ("7 de
    /// dezembro", "09/12").</summary>
    private const string PartialDate = @"\d{1,2}(?:[./]\d{1,2})?\.?(?:\s+(?:de\s+)?\p{L}{3,}\.?)?";

    private const string PeriodPattern =
        @"(?<![\p{L}\d]|\d[:.])(?:(?:del|desde(?:\s+el)?|de|du|dal|da|from|von|vom|van|od|entre(?:\s+el)?|between)\s+)?(?:" + WholeDate + "|" + PartialDate
        + @")\s*(?:[–—~-]|(?:al|a|à|au|jusqu['’]au|fino\s+al|ao|até|hasta(?:\s+el)?|to|until|till|through|and|bis(?:\s+zum)?|tot(?:\s+en\s+met)?|do|y|e|et|und)\s)\s*(?<end>" + WholeDate + ")";

    [GeneratedRegex(PeriodPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    /// <summary>The words for applications (and an application period) a period in prose follows, and the words saying
    /// they are open.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:inscri[çc][õo]es|inscripci[óo]n(?:es)?|postulaci[óo]n(?:es)?|candidaturas?|candidatures?|iscrizioni|applications?|bewerbung(?:en|sfrist|szeitraum)?|plazo(?:\s+de\s+postulaci[óo]n)?|prazo(?:\s+de\s+candidatura)?|per[íi]odo\s+de\s+(?:inscri[çc][ãa]o|inscripci[óo]n|postulaci[óo]n))(?![\p{L}])(?:\s+(?:are\s+)?(?:open|abertas|abiertas|ouvertes|aperte|offen))?\s*[:：]?\s*" + PeriodPattern,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInProse();
}
