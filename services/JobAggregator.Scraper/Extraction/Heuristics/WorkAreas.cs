using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The areas of work a title's bracket names beside the role: a practice ("Litigation", "Strafrecht",
/// "Contentieux"), a programme ("Reentry", "Clemency") or a team ("Fundraising", "Communications"). Such a bracket is no
/// place ("Case Manager (Reentry)", "Staff Attorney (Appeals)"), however capitalised. None of these words is a town the
/// normaliser's gazetteer knows; a bracket's place is read by its shape (<see cref="BlockFields.LooksLikePlace"/>), not
/// looked up there.</summary>
internal static partial class WorkAreas
{
    /// <summary>Whether the text is only areas of work, one or several joined by "&amp;", "/", "and", "y", "et", "und",
    /// "e", "en" or a comma, each perhaps followed by its unit's noun ("Reentry Program", "Policy &amp; Advocacy",
    /// "Litigation Unit").</summary>
    public static bool NamesOnly(string text) => AreasOnly().IsMatch(text);

    private const string Areas = """
        re-?entry|litigation|appeals?|appellate|fundraising|criminal|civil|family|immigration|housing|policy|advocacy|
        communications?|development|operations|finance|outreach|intake|research|clemency|innocence|post-?conviction|youth|
        juvenile|habeas|trial|defen[cs]e|legal|administration|admin|grants|training|investigations?|forensics?|compliance|
        media|marketing|events|education|community|organi[sz]ing|clinic(?:al)?|mitigation|sentencing|parole|probation|
        eviction|employment|benefits|consumer|health|mental\ health|disability|veterans|elder\ law|domestic\ violence|
        asylum|refugees?|detention|deportation|labou?r|tax|expungement|impact\ litigation|civil\ rights|human\ rights|
        litigio|litigaci[óo]n|penal|familia|migraci[óo]n|extranjer[íi]a|vivienda|incidencia|comunicaci[óo]n|desarrollo|
        administraci[óo]n|investigaci[óo]n|reinserci[óo]n|apelaciones|recaudaci[óo]n|laboral|g[ée]nero|derechos\ humanos|
        contentieux|plaidoyer|p[ée]nal|famille|logement|communication|d[ée]veloppement|recherche|r[ée]insertion|appel|
        collecte\ de\ fonds|droit\ p[ée]nal|droit\ des\ [ée]trangers|asile|
        strafrecht|zivilrecht|familienrecht|asyl(?:recht)?|migration|kommunikation|verwaltung|buchhaltung|forschung|
        resozialisierung|beratung|[öo]ffentlichkeitsarbeit|presse|sozialarbeit|
        contenzioso|penale|civile|famiglia|immigrazione|comunicazione|raccolta\ fondi|amministrazione|ricerca|reinserimento|
        procesrecht|familierecht|vreemdelingenrecht|migratie|huisvesting|communicatie|fondsenwerving|administratie|
        onderzoek|re-?integratie|beleid|
        contencioso|c[íi]vel|fam[íi]lia|imigra[çc][ãa]o|comunica[çc][ãa]o|capta[çc][ãa]o\ de\ recursos|administra[çc][ãa]o|
        pesquisa|reinser[çc][ãa]o
        """;

    private const string UnitNouns = "unit|team|program(?:me)?|project|department|division|practice|desk|services|equipo|[ée]quipe|abteilung|afdeling|equipa|programa|programma|programm";

    [GeneratedRegex(@"^\s*(?:" + Areas + @")(?:\s+(?:" + UnitNouns + @"))?(?:\s*(?:&|/|,|\band\b|\by\b|\bet\b|\bund\b|\be\b|\ben\b)\s*(?:" + Areas + @")(?:\s+(?:" + UnitNouns + @"))?)*\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AreasOnly();
}
