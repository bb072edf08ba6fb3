using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction;

/// <summary>A board's standing entry for applicants with no opening to apply to ("Open sollicitatie", "General
/// application", "Candidature spontanée", "Join our talent pool"): hiring tools list it as a job, but it is no opening,
/// and a board holding only it has none.</summary>
internal static partial class OpenApplications
{
    public static bool IsTitle(string? title) => title is not null && Title().IsMatch(title);

    /// <summary>The postings without the standing entries among them, whatever found them; a streamed answer stays
    /// streamed.</summary>
    public static IReadOnlyList<PostingDraft> Without(IReadOnlyList<PostingDraft> postings) =>
        postings is StreamedDrafts streamed ? streamed.Where(title => !IsTitle(title))
        : postings.Any(p => !IsOpening(p)) ? postings.Where(IsOpening).ToList()
        : postings;

    private static bool IsOpening(PostingDraft posting) => !IsTitle(posting.Title);

    /// <summary>Spontaneous applications in the network's languages ("Candidature spontanée", "Initiativbewerbung"), for
    /// a pattern ignoring whitespace and case; a heading over them heads no openings (<see cref="Heuristics.SectionHeadings"/>).</summary>
    public const string SpontaneousApplications = """
        (?:spontaneous|unsolicited|speculative)\ applications?|candidatures?\ spontan[ée]es?|candidaturas?\ espont[áâa]neas?|
        candidature?\ spontanee?|open\ sollicitaties?|initiativbewerbung(?:en)?|aplikacj[ae]\ spontaniczn[ae]
        """;

    // The whole title, or the title before a dash, bracket or colon naming where or for whom ("General application –
    // all offices").
    [GeneratedRegex("""
        ^\W*(?:
        """ + SpontaneousApplications + """
        |(?:open|general|initiative)\ applications?|(?:join\ (?:our|the)\ )?talent\ (?:pool|community|network)|
        candidatures?\ (?:libres?|ouvertes?)|vivier(?:\ de\ talents)?|candidaturas?\ (?:spontanea|abiertas?)|banco\ de\ talentos|
        autocandidatur[ae]|talent(?:en)?pool|spontanans[öo]kan|uopfordret\ ans[øo]gning|spont[áa]nn[íi]\ (?:[žz]ádost|p[řr]ihl[áa][šs]ka))
        \W*(?:[-–—:(|·].*)?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Title();
}
