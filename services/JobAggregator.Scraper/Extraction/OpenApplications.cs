using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction;

/// <summary>A board's standing entry for applicants with no opening to apply to ("Open sollicitatie", "General
/// application", "Candidature spontanée", "Join our talent pool"): hiring tools list it as a job, but it is no opening,
/// and a board holding only it has none.</summary>
internal static partial class OpenApplications
{
    public static bool IsTitle(string? title) => title is not null && Title().IsMatch(title);

    // The whole title, or the title before a dash, bracket or colon naming where or for whom ("General application –
    // all offices").
    [GeneratedRegex("""
        ^\W*(?:(?:open|general|spontaneous|unsolicited|speculative|initiative)\ applications?|(?:join\ (?:our|the)\ )?talent\ (?:pool|community|network)|
        candidatures?\ (?:spontan[ée]es?|libres?|ouvertes?)|vivier(?:\ de\ talents)?|candidaturas?\ (?:espont[áâa]neas?|spontanea|abiertas?)|banco\ de\ talentos|
        candidature?\ spontanee?|autocandidatur[ae]|open\ sollicitaties?|talent(?:en)?pool|initiativbewerbung(?:en)?|
        aplikacj[ae]\ spontaniczn[ae]|spontanans[öo]kan|uopfordret\ ans[øo]gning|spont[áa]nn[íi]\ (?:[žz]ádost|p[řr]ihl[áa][šs]ka))
        \W*(?:[-–—:(|·].*)?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}
