using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A line naming a speaker at an event by the post they hold, then what they speak about: "<b>Staff
/// Solicitor</b>, Innocence Aotearoa – on case review", "<b>Juriste</b>, Ligue des droits – sur la révision",
/// "<b>Abogada</b>, Fundación X – sobre la reforma", "<b>Senior Investigator</b> will talk about new evidence". The post
/// is someone's, as in a team's list, and no opening, however much it reads like a title.</summary>
internal static partial class SpeakerLines
{
    /// <summary>Whether the text after a post's title says what its holder speaks about: a spoken topic after the
    /// organisation and a dash (", Organisation – on …"), or a verb of speaking ("speaking on", "will talk about",
    /// "interviendra sur", "hablará sobre", "parlerà di", "spricht über", "spreekt over", "falará sobre").</summary>
    public static bool SaysTopic(string textAfterTitle) => Topic().IsMatch(textAfterTitle);

    // The dash's topic word follows an organisation after a comma, and the terms of a job are no topic, so that a title's
    // own dash segment ("Paralegal, Leeds – on call", "Solicitor, Legal Aid – on secondment", "– on a fixed-term contract")
    // says none.
    [GeneratedRegex("""
        ^\s*,\s*[^–—,]{2,80}?\s[–—-]\s+(?:on|about|sur|sobre|su|über|zum\ thema|over)\s+(?!(?:a|an|call|site|campus|location|secondment|leave|loan|maternity|paternity|parental|contract|fixed|temporary|probation|rota)(?![\p{L}]))\p{L}|
        (?<![\p{L}])(?:(?:speak|talk)(?:s|ing)?\ (?:on|about)|will\ (?:speak|talk|present)\ (?:on|about)|in\ conversation\ with|
        interviendra\ sur|parlera\ d[eu]|intervient\ sur|hablar[áa]\ (?:de|sobre)|ponencia\ sobre|parler[àa]\ di|interverr[àa]\ su|
        spricht\ [üu]ber|referiert\ [üu]ber|spreekt\ over|vertelt\ over|falar[áa]\ sobre)(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Topic();
}
