using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>What a job title looks like, in the languages of the network's members (English, Spanish, French, Italian,
/// Dutch, with a little German): a short phrase naming a role, not a sentence, not a headline.</summary>
internal static partial class JobTitles
{
    private const int MaxWords = 14;
    private const int MaxLength = 140;

    /// <summary>A link or heading text that names a job: title-shaped and holding a role word.</summary>
    public static bool LooksLikeJobTitle(string? text) =>
        text is not null && IsTitleShaped(text) && RoleWord().IsMatch(text) && !Headline().IsMatch(text);

    public static bool HasRoleWord(string? text) => text is not null && RoleWord().IsMatch(text);

    /// <summary>Short enough for a title and not a sentence, a call to action or a headline; the role word is not
    /// required (a sibling of job titles may be "Fondsenwerver").</summary>
    public static bool IsTitleShaped(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || !text.Any(char.IsLetter) || Category().IsMatch(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords
            && !SentenceStart().IsMatch(text)
            && !ReadMore().IsMatch(text)
            && !Headline().IsMatch(text)
            && !text.TrimEnd().EndsWith('?')
            && !(words.Length > 6 && text.TrimEnd().EndsWith('.'));
    }

    /// <summary>"Read more", "Details", "Leer más", "Lire la suite", "Leggi", "Lees meer" and their kin.</summary>
    public static bool IsReadMore(string? text) => text is not null && ReadMore().IsMatch(text);

    /// <summary>The name of an organisation rather than a unit or a place: "Georgia Innocence Project", "Office of the
    /// Ohio Public Defender", "Stichting Onschuldig Veroordeeld".</summary>
    public static bool LooksLikeOrganization(string? text) => text is not null && OrganizationWord().IsMatch(text);

    [GeneratedRegex("""
        (?<![\p{L}])(?:
          attorneys?|lawyers?|counsel|counsell?ors?|paralegals?|investigators?|fellows?|fellowships?|interns?|internships?|externs?|externships?|
          clerks?|clerkships?|coordinators?|directors?|managers?|officers?|assistants?|associates?|advocates?|social\ workers?|caseworkers?|case\ workers?|
          specialists?|analysts?|administrators?|volunteers?|secretar(?:y|ies)|receptionists?|accountants?|bookkeepers?|engineers?|developers?|designers?|
          writers?|editors?|organi[sz]ers?|navigators?|defenders?|prosecutors?|researchers?|scientists?|technicians?|consultants?|advis[eo]rs?|supervisors?|
          head\ of|chief|educators?|trainers?|teachers?|professors?|lecturers?|instructors?|mentors?|therapists?|psychologists?|nurses?|fundraisers?|
          apprentices?|trainees?|scholars?|postdoc|auditors?|strategists?|producers?|liaisons?|representatives?|planners?|generalists?|journalists?|
          abogad[oa]s?|abogado/a|asistentes?|coordinador(?:a|es)?|coordinador/a|director(?:a|es)?|investigador(?:a|es)?|pasantes?|becari[oa]s?|
          voluntari[oa]s?|analistas?|responsables?|responsabil[ei]|secretari[oa]s?|t[ée]cnic[oa]s?|trabajador(?:a)?\ social|gerentes?|encargad[oa]s?|auxiliar(?:es)?|
          administrativ[oa]s?|asesor(?:a|es)?|procurador(?:a)?|defensor(?:a)?|periodistas?|contador(?:a)?|
          avocate?s?|juristes?|stagiaires?|charg[ée]e?(?:[·.]e)?|coordinat(?:eur|rice)s?|direct(?:eur|rice)s?|assistante?s?|b[ée]n[ée]voles?|
          enqu[êe]t(?:eur|rice)s?|chef\ de|travailleu(?:r|se)\ social[e]?|conseill(?:er|ère)s?|secr[ée]taires?|comptables?|chercheu(?:r|se)s?|d[ée]l[ée]gu[ée]e?s?|
          animat(?:eur|rice)s?|avvocat[oaie]|praticanti?|paralegale|collaborat(?:ore|rice|ori)|coordinat(?:ore|rice)|dirett(?:ore|rice)|assistenti?|
          volontari[oa]?|tirocinanti?|stagist[ai]|ricercat(?:ore|rice)|segretari[oa]|addett[oa]|consulenti?|operat(?:ore|rice)|impiegat[oa]|
          advocaat|advocaten|juristen?|stagiairs?|directeur|secretaris|
          \p{L}*(?:medewerkers?|werkers?|wervers?|co[öo]rdinatoren|co[öo]rdinators?|leiders?|adviseurs?|onderzoekers?|vrijwilligers?)|
          anw[aä]lt(?:in)?|referent(?:in)?|\p{L}*mitarbeiter(?:in)?|praktikant(?:in)?|sachbearbeiter(?:in)?|\p{L}*leiter(?:in)?
        )(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    /// <summary>News headlines use verbs a job title never holds ("Paralegal volunteers honored at annual dinner",
    /// "Investigator's work leads to new DNA testing", "Meet our new Staff Attorney").</summary>
    [GeneratedRegex("""
        (?<![\p{L}])(?:honou?red|wins?|won|leads|announces?|announced|joins|joined|welcomes?|welcomed|celebrates?|celebrated|freed|exonerated|
        released|receives?|received|named|awarded|meet|says|said|speaks?|spoke|talks?|visits?|visited|launch(?:es|ed)|reflects?|shares?|
        recognized|recognised|honors|life\ of|day\ in\ the|story|stories|spotlight|webinar|podcast|
        bienvenid[oa]s?|conoce|rencontre[zr]?|incontra|maak\ kennis)(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Headline();

    /// <summary>Links to a kind of work rather than to an opening: "Internships", "Fellowship Program", "Volunteer
    /// Opportunities", "Volunteer".</summary>
    [GeneratedRegex(@"^\W*(?:[\p{L}-]+\s+){0,3}(?:internships|fellowships|externships|clerkships|volunteers|volunteering|opportunities|programs?|programmes?|positions|openings|vacancies|careers|jobs|pasant[íi]as|voluntariado|becas|stages|tirocini|vacatures|emplois|offres)\W*$|^\W*(?:volunteer|intern|get\s+involved)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Category();

    [GeneratedRegex(@"^\s*(?:meet|welcome|congratulations|how|why|what|when|who|read|learn|see|our|we|i|you|a|an|the|this|these|there|here|click|apply|join|donate|sign|subscribe|follow|view\s+all|all\s+jobs|back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStart();

    [GeneratedRegex("""
        ^\W*(?:read\ more|more|more\ info(?:rmation)?|more\ details|details|full\ details|view|view\ job|view\ details|view\ posting|learn\ more|continue\ reading|
        see\ more|full\ posting|(?:full\ )?(?:job|position)\ description|descripci[óo]n\ del\ puesto|fiche\ de\ poste|vacaturetekst|leer\ m[áa]s|ver\ m[áa]s|m[áa]s\ informaci[óo]n|ver\ oferta|lire\ la\ suite|en\ savoir\ plus|voir|voir\ l'offre|
        leggi|leggi\ tutto|leggi\ di\ pi[ùu]|scopri\ di\ pi[ùu]|dettagli|lees\ meer|meer\ info|meer\ informatie|bekijk|bekijk\ vacature|weiterlesen|mehr|mehr\ erfahren)
        (?:\s+(?:about\ this\ (?:job|position|role)|\p{L}+))?\W*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMore();

    [GeneratedRegex("""
        (?<![\p{L}])(?:project|proyecto|projet|progetto|initiative|center|centre|clinic|network|foundation|fundaci[óo]n|fondation|fondazione|stichting|
        association|asociaci[óo]n|associazione|institute|instituto|institut|fund|coalition|society|office|services|defenders?|commission|council|
        committee|department|division|university|universidad|universit[éàa]|college|school|inc|llc|ltd|group|alliance|league|trust|union|
        organi[sz]ation|innocence|justice|justicia|law|legal|aid|bureau|agency|partners|ngo|ong|onlus|ets|vzw)(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex OrganizationWord();
}
