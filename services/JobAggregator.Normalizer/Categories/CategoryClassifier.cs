using System.Text.RegularExpressions;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Categories;

/// <summary>Places a posting in the network's role taxonomy (<see cref="PostingCategories"/>) by its title, and only
/// when the title says nothing by the start of its description.</summary>
/// <remarks>
/// A title may give several categories ("Legal Fellow" is a fellowship and an attorney post; "Forensic Science Policy
/// Intern" policy and intern). A description is read only for its first category, and only its opening: every ad of
/// the network mentions attorneys, clients and fundraising somewhere. A "Law Clerk" is a law student's post, not an
/// attorney's; a "Development Director" raises funds. With nothing found the posting is <c>other</c>.
/// </remarks>
internal static partial class CategoryClassifier
{
    private const int DescriptionReach = 400;

    private static readonly (string Category, Regex Words)[] Rules =
    [
        (PostingCategories.InternVolunteer, InternVolunteer()),
        (PostingCategories.Attorney, Attorney()),
        (PostingCategories.Fellowship, Fellowship()),
        (PostingCategories.Investigator, Investigator()),
        (PostingCategories.Paralegal, Paralegal()),
        (PostingCategories.Intake, Intake()),
        (PostingCategories.SocialWork, SocialWork()),
        (PostingCategories.Communications, Communications()),
        (PostingCategories.Development, Development()),
        (PostingCategories.Operations, Operations()),
        (PostingCategories.FinanceHr, FinanceHr()),
        (PostingCategories.Policy, Policy()),
    ];

    /// <returns>At least one value of <see cref="PostingCategories"/>, in the taxonomy's order.</returns>
    public static IReadOnlyList<string> Classify(string? title, string? descriptionText)
    {
        var fromTitle = Matching(TextCleaner.Clean(title));
        if (fromTitle.Count > 0)
        {
            return fromTitle;
        }

        var opening = TextCleaner.Clean(descriptionText is { Length: > DescriptionReach } ? descriptionText[..DescriptionReach] : descriptionText);
        var first = opening is null
            ? null
            : Rules
                .Select(rule => (rule.Category, Match: rule.Words.Match(opening)))
                .Where(found => found.Match.Success)
                .OrderBy(found => found.Match.Index)
                .Select(found => found.Category)
                .FirstOrDefault();
        return [first ?? PostingCategories.Other];
    }

    private static List<string> Matching(string? text)
    {
        if (text is null)
        {
            return [];
        }

        var found = Rules.Where(rule => rule.Words.IsMatch(text)).Select(rule => rule.Category).ToHashSet(StringComparer.Ordinal);
        return PostingCategories.All.Where(found.Contains).ToList();
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:interns?|interning|internships?|externs?|externships?|volunteers?|volunteering|law\s+clerks?|legal\s+clerks?|summer\s+(?:associates?|clerks?)|student|students|pasant[ei]s?|pasant[ií]as?|practicantes?|voluntari[oa]s?|stagiaires?|stages?|b[ée]n[ée]voles?|tirocin(?:io|ante)|stagista|volontari[oa]?|stagiairs?|vrijwilligers?|praktikant(?:in)?|praktikum)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternVolunteer();

    [GeneratedRegex(@"(?<![\p{L}])(?:attorneys?|lawyers?|counsel|legal\s+(?:director|fellows?)|litigation\s+director|director\s+of\s+litigation|litigators?|public\s+defenders?|solicitors?|barristers?|abogad[oa]s?|avocat(?:e|s)?|avvocat[oaie]|advoca(?:at|ten)|rechtsanw[aä]lt(?:in)?|defensor(?:a|es)?\s+p[úu]blic[oa]s?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attorney();

    [GeneratedRegex(@"(?<![\p{L}])(?:fellows?|fellowships?|becas?|becari[oa]s?|borsa\s+di\s+studio|borsista)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fellowship();

    [GeneratedRegex(@"(?<![\p{L}])(?:investigators?|investigations?|investigador(?:a|es)?|investigaci[óo]n|enqu[êe]teur|enqu[êe]trice|investigat(?:ore|rice)|rechercheur|onderzoeker|ermittler(?:in)?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Investigator();

    [GeneratedRegex(@"(?<![\p{L}])(?:paralegals?|legal\s+assistants?|legal\s+secretar(?:y|ies)|case\s+assistants?|litigation\s+assistants?|asistente\s+(?:legal|jur[íi]dic[oa])|assistant(?:e)?\s+juridique|assistente\s+legale|juridisch\s+medewerker)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paralegal();

    [GeneratedRegex(@"(?<![\p{L}])(?:intake|case\s+screen(?:er|ing)|admisi[óo]n\s+de\s+casos)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intake();

    [GeneratedRegex(@"(?<![\p{L}])(?:social\s+work(?:ers?)?|client\s+(?:services?|advocates?|support)|re-?entry|case\s+managers?|case\s+management|mitigation\s+specialists?|exoneree\s+(?:services|support)|trabajador(?:a)?\s+social|trabajo\s+social|assistant(?:e)?\s+social(?:e)?|assistente\s+sociale|maatschappelijk\s+werk(?:er)?|sozialarbeiter(?:in)?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SocialWork();

    [GeneratedRegex(@"(?<![\p{L}])(?:communications?|media|digital|marketing|press|public\s+relations|pr\s+(?:manager|officer)|content|storytelling|social\s+media|comunicaci[óo]n|comunicazione|communicatie|kommunikation)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Communications();

    [GeneratedRegex(@"(?<![\p{L}])(?:development|fundrais(?:er|ers|ing)|grants?|grant\s+writ(?:er|ing)|donors?|philanthropy|major\s+gifts|advancement|recaudaci[óo]n\s+de\s+fondos|collecte\s+de\s+fonds|raccolta\s+fondi|fondsenwerv(?:ing|er))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Development();

    [GeneratedRegex(@"(?<![\p{L}])(?:operations?|office\s+manager|office\s+administrator|administrative|administration|administrator|admin|receptionist|executive\s+assistant|program\s+assistant|data\s+(?:manager|coordinator)|it\s+(?:manager|specialist)|administrativ[oa]|administratif|amministrativ[oa]|secretar[ií]a|office\s+assistant)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Operations();

    [GeneratedRegex(@"(?<![\p{L}])(?:finance|financial|accountant|accounting|bookkeep(?:er|ing)|payroll|controller|treasurer|hr|human\s+resources|people\s+operations|talent|recruit(?:er|ing|ment)|contable|contabilidad|comptable|contabile|boekhoud(?:er|ing)|recursos\s+humanos|ressources\s+humaines|risorse\s+umane|personeelszaken)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinanceHr();

    [GeneratedRegex(@"(?<![\p{L}])(?:policy|policies|advocacy|legislative|legislation|government\s+affairs|public\s+affairs|pol[íi]ticas?\s+p[úu]blicas|incidencia|plaidoyer|politiques?\s+publiques?|beleid|lobby(?:ist)?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Policy();
}
