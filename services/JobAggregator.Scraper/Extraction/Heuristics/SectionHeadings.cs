using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>What a section heading above a list of titles says: openings ("Open positions", "Offres d'emploi", "Dołącz do nas",
/// "Trabaja con nosotros", "Vacatures", "Lavora con noi", "Stellenangebote", "Vagas", "Oferty pracy", "募集職種", "招聘职位"), or
/// another kind of list (volunteering, news, the team, legal notices, publications); and pages that say there are no openings.</summary>
internal static partial class SectionHeadings
{
    // Every title under a heading asks about the heading's one text (scores, turned-down and accepted groups).
    // "Stellen" alone heads a German careers page as "Jobs" does; in a longer heading it is a verb ("Wir stellen uns vor").
    // An outline's numbered section of posts ("2. Puestos", "Art. 2 – Posti") heads the notice's openings.
    private static readonly TextVerdicts CareersSections = new(heading =>
        (Careers().IsMatch(heading) || JoinTheTeam().IsMatch(heading) || heading.AsSpan().Trim().Equals("Stellen", StringComparison.OrdinalIgnoreCase)
            || OutlineSections.NamesPosts(heading))
        && !IsOtherSection(heading));

    /// <summary>A part of every phrase <see cref="NoOpenings"/> matches ("no vacancies", "not currently hiring",
    /// "ne recrutons pas", "aucun poste", "pas de poste", "nessuna posizione", "non ci sono", "geen vacatures", "keine
    /// Stellen", "não há vagas", "sem vagas", "stellt derzeit nicht ein", "募集中の職種はありません", "暂无招聘"), compared ignoring case.</summary>
    private static readonly SearchValues<string> NoOpeningsClues = SearchValues.Create(
        ["no ", "not ", "recrutons", "aucun", "pas de", "nessuna", "non ci", "geen ", "keine ", "vagas", "nicht ein", "niemanden ein"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A letter of every Japanese and Chinese phrase <see cref="NoOpenings"/> matches ("募集中の職種はありません",
    /// "暂无招聘", "目前没有招聘"): searched for apart, so that the phrases above stay ASCII.</summary>
    private static readonly SearchValues<char> CjkNoOpeningsClues = SearchValues.Create("募暂没");

    /// <summary>The letters a pattern ignoring case relates to k, s and i where an ordinal comparison ignoring case may not
    /// (the Kelvin sign, the long s, the dotted and the dotless I): a text holding one is left to the pattern.</summary>
    private static readonly SearchValues<char> FoldedOnlyByPatterns = SearchValues.Create("\u212A\u017F\u0130\u0131");

    // An invitation to volunteer in a language whose volunteer is no plural ("Hazte voluntario", "Devenez bénévole") heads
    // volunteering as "Volunteer with us" does.
    private static readonly TextVerdicts OtherSections = new(heading => Other().IsMatch(JoinTheTeam().Replace(heading, " ")) || VolunteerInvitation().IsMatch(heading));

    public static bool IsCareersSection(string heading) => CareersSections.Of(heading);

    /// <summary>A heading about volunteering, news, the team, legal notices, spontaneous applications, how to apply or
    /// help for others to find work (a job-help service's programmes are not its openings); an
    /// invitation to join the team ("Join our team", "Únete a nuestro equipo", "Rejoignez notre équipe") is about openings,
    /// not about the team.</summary>
    public static bool IsOtherSection(string heading) => OtherSections.Of(heading);

    /// <summary>A heading over how to apply ("How to apply", "Comment postuler", "Cómo postular", "Hoe solliciteren",
    /// "応募方法", "應徵方式"): what its section says (where to send, by when) it says to the applicants of every opening.</summary>
    public static bool IsHowToApply(string heading) => HowToApply().IsMatch(heading);

    /// <summary>The place a heading naming one of the organisation's offices states ("Beratungsstelle Bremen", "Office:
    /// Leeds", "Antenne de Lille", "Sede di Bologna") or the openings at one place ("Postes ouverts à Genève", "Vacatures
    /// in Gent", "Openings in Leeds"): a sub-section of the openings above it, whose titles under it are
    /// at that place; null for any other heading.</summary>
    public static string? OfficePlace(string heading) =>
        Office().Match(heading) is { Success: true } match && match.Groups["place"].Value is var place
            && JobTitles.WordCount(place) <= 3 && BlockFields.LooksLikePlace(place) && !JobTitles.HasRoleWord(place)
            ? place
            : null;

    /// <summary>A course or a training for an occupation ("Formación para abogados", "Training for paralegals", "Formation
    /// pour juristes", "Corso di diritto per avvocati"): no opening, though it names a role and states a place, dates and a fee.</summary>
    public static bool NamesCourse(string heading) => Course().IsMatch(heading);

    /// <summary>An invitation to volunteer ("Volunteer with us", "Devenez bénévole", "Word vrijwilliger"): it names a
    /// section although "volunteer" is a role word.</summary>
    public static bool InvitesToVolunteer(string heading) => VolunteerInvitation().IsMatch(heading);

    /// <summary>"We are not currently hiring", "Nous ne recrutons pas actuellement", "No hay vacantes", "Geen
    /// openstaande vacatures", "Keine offenen Stellen"...; not a question ("Not hiring for your role? Write to us",
    /// "¿No hay vacantes para tu perfil?"), which asks about roles the page does not list.</summary>
    public static bool SaysNoOpenings(string text) => NoOpenings().IsMatch(text);

    /// <summary>Whether the content's text (<see cref="PlainText.Of"/>) says there are no openings, read without making
    /// it a string.</summary>
    public static bool SaysNoOpenings(IElement content) => HtmlToText.CollapsedMatches(content, NoOpenings(), MaySayNoOpenings);

    /// <summary>Whether a text may say there are no openings, as a vectorised search finds it: the pattern's first letters
    /// are common ones, so it would otherwise try a match at most places of a page's whole text.</summary>
    private static bool MaySayNoOpenings(ReadOnlySpan<char> text) =>
        text.ContainsAny(NoOpeningsClues) || text.ContainsAny(FoldedOnlyByPatterns) || text.ContainsAny(CjkNoOpeningsClues);

    /// <summary>News, blog, legal, volunteering and publications pages list titles that are not openings; a page whose
    /// own name is the careers page ("/team/careers/", "/news/vacatures") is one wherever its folder is.</summary>
    public static bool IsNotAListingPage(Uri page) => OtherPath().IsMatch(page.AbsolutePath) && !NamesCareersPage(page.AbsolutePath);

    /// <summary>Whether the page's own heading, its first <c>&lt;h1&gt;</c>, heads openings ("徵才啟事", "Vacatures 2027",
    /// "Offres d'emploi"): a news post announcing them, however its folder is named.</summary>
    public static bool HeadedAsCareersPage(IDocument document) =>
        PageRegions.MainContent(document) is { } main && ElementWalk.FirstDescendant(main, e => e.LocalName == "h1") is { } heading
        && PlainText.Of(heading) is { } text && IsCareersSection(text);

    private static bool NamesCareersPage(string path)
    {
        var name = path.AsSpan().TrimEnd('/');
        name = name[(name.LastIndexOf('/') + 1)..];
        if (name.LastIndexOf('.') is var dot and > 0)
        {
            name = name[..dot];
        }

        var words = Uri.UnescapeDataString(name.ToString()).Replace('-', ' ').Replace('_', ' ');
        return Careers().Match(words) is { Success: true } match && match.Index == 0 && match.Length == words.Length;
    }

    [GeneratedRegex("""
        (?<![\p{L}])(?:open(?:ings?|\ positions?|\ roles?|\ jobs?)|current\ (?:openings?|vacancies|positions|opportunities)|job\ openings?|
        vacanc(?:y|ies)|careers?|carri[èe]res?|jobs?|join\ (?:us|our\ team)|we(?:'re|\ are)\ hiring|employment(?:\ opportunities)?|work\ with\ us|
        (?:positions?|situations?)\ vacant|
        offres?\ d['’]emploi|emplois?|postes?\ (?:à\ pourvoir|ouverts?|vacants?)|affichages?\ de\ postes?|recrutement|nous\ rejoindre|rejoignez-nous|nous\ recrutons|
        trabaja(?:\ con\ nosotros)?|trabajá\ con\ nosotros|ofertas?\ de\ (?:empleo|trabajo)|b[úu]squedas?\ (?:laboral(?:es)?|vigentes?|abiertas?|activas?|en\ curso)|procesos?\ de\ selecci[óo]n|vacantes?|empleos?|[úu]nete|
        vacatures?|werken\ bij|openstaande\ functies|lavora\ con\ noi|posizioni\ aperte|posti\ vacanti|offerte\ di\ lavoro|opportunit[àa]\ di\ lavoro|
        stellenangebote|(?:offene|freie|aktuelle)\ stellen|stellenausschreibungen?|jobs\ bei|karriere|wir\ suchen|wir\ stellen\ ein|
        on\ (?:recrute|embauche)|nous\ embauchons|buscamos|stiamo\ assumendo|(?:we|wij)\ zoeken|
        vi\ s[øö]ker|vi\ s[øö]ger|nous\ (?:re)?cherchons|we(?:'re|\ are)\ looking\ for|estamos\ buscando|cerchiamo|(?:estamos\ )?procurando|procuramos|hled[áa]me|
        vagas(?:\ abertas)?|processos?\ seletivos?|trabalhe\ conosco|estamos\ (?:contratando|a\ contratar)|oportunidades\ de\ emprego|ofertas\ de\ emprego|recrutamento|
        oferty\ pracy|praca|kariera|rekrutacja|
        concursos?\ (?:vigentes?|abiertos?|p[úu]blicos\ (?:vigentes|abiertos)|en\ curso)|concursos\ abertos|procedimentos\ concursais\ (?:abertos|a\ decorrer)|
        concorsi\ (?:attivi|aperti|in\ corso)|bandi\ (?:di\ concorso\ )?(?:attivi|aperti)|concours\ (?:ouverts|en\ cours)|open\ competitions|
        lediga\ (?:tj[äa]nster|jobb)|jobba\ (?:hos|med)\ oss|karri[äa]r|ledige\ (?:stillinger|job)|job\ hos\ os|jobbe\ hos\ oss|
        voln[áa]\ (?:pracovn[íi]\ )?m[íi]sta|kari[ée]ra|nab[íi]dka\ pr[áa]ce|pracujte\ s\ n[áa]mi)(?![\p{L}])|
        招聘|诚聘|誠徵|招募|徵才|徵人|職缺|职位|職位|募集|採用情報|求人
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Careers();

    [GeneratedRegex("""
        (?<![\p{L}])(?:join\ (?:our|the)\ (?:team|staff|crew)|(?:[úu]nete|s[úu]mate)\ (?:a\ (?:nuestro|el)\ (?:equipo|personal)|al\ (?:equipo|personal)|a\ nuestra\ plantilla)|rejoi(?:gnez|ndre)\ (?:notre\ [ée]quipe|nos\ [ée]quipes|l['’][ée]quipe)|
        unisciti\ (?:al\ (?:nostro\ )?(?:team|staff)|a\ noi)|entra\ nel\ (?:nostro\ )?(?:team|staff)|kom\ (?:ons\ )?team\ versterken|versterk\ ons\ team|
        werde\ teil\ (?:unseres|des)\ teams|verst[äa]rke\ unser\ team|komm(?:en\ sie)?\ (?:in\ unser|ins)\ team|
        junte-se\ (?:[àa]\ (?:nossa\ )?equip[ae]|a\ n[óo]s|ao\ (?:nosso\ )?time)|(?:fa[çc]a|fazer)\ parte\ (?:da\ (?:nossa\ )?equip[ae]|do\ (?:nosso\ )?time)|
        become\ (?:a\ )?part\ of\ (?:our|the)\ team|forma\ parte\ de\ (?:nuestro|el)\ equipo|ven\ a\ (?:nuestro|el)\ equipo|
        faites\ partie\ de\ (?:notre\ |l['’])[ée]quipe|word\ deel\ van\ (?:ons|het)\ team|kom\ in\ (?:ons|het)\ team|
        (?:join|work\ for)\ us|(?:[úu]nete|s[úu]mate)\ a\ nosotros|trabaj(?:a|á|ar)\ con\ nosotros|(?:venez\ )?travaill(?:er|ez)\ avec\ nous|
        (?:vieni\ a\ )?lavora(?:re)?\ con\ noi|kom\ bij\ (?:ons|het\ team)(?:\ werken)?|werken\ bij\ ons|(?:arbeiten|arbeite)\ (?:bei|mit)\ uns|
        (?:venha\ |vem\ )?trabalh(?:e|ar)\ (?:conn?osco|com\ a\ gente)|dołącz\ do\ (?:nas|(?:naszego\ )?zespołu)|pracuj\ z\ nami|p[řr]idejte\ se\ k\ n[áa]m|
        bli\ en\ av\ oss|bli\ med\ i\ (?:v[åa]rt\ )?team(?:et)?|bliv\ en\ del\ af\ (?:vores\ )?team(?:et)?|arbejd\ (?:hos|med)\ os)(?![\p{L}])|
        加入我[们們]|一緒に働きませんか
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex JoinTheTeam();

    [GeneratedRegex("""
        (?<![\p{L}])(?:volunteer(?:s|ing)?|b[ée]n[ée]volat|voluntariado|voluntari[oa]s|vrijwilligers?(?:werk)?|volontariato|ehrenamt\w*|voluntariado|
        news|noticias|actualit[ée]s|nieuws|notizie|aktuelles|not[íi]cias|nyheter|nyheder|aktuality|novinky|blog|events?|eventos|agenda|
        our\ team|the\ team|staff|board|nuestro\ equipo|notre\ [ée]quipe|il\ nostro\ team|ons\ team|unser\ team|nossa\ equipe|v[åa]rt\ team|vores\ team|n[áa][šs]\ t[ýy]m|
        impressum|datenschutz|privacy|mentions\ l[ée]gales|aviso\ legal|legal\ notice|terms|
        formations|trainings|courses|workshops|cursos|corsi|cursussen|schulungen|fortbildungen|seminare|szkolenia|
        publications|publicaciones|publica[çc][õo]es|pubblicazioni|publicaties|publikationen|publikacje|reports|relat[óo]rios|informes|rapports|
        annual\ report|rapport\ annuel|informe\ anual|memoria\ anual|relat[óo]rio\ anual|relazione\ annuale|bilancio\ sociale|jahresbericht|jaarverslag|
        qui[ée]n\ (?:le|te|les)\ atiende|who\ (?:will\ )?(?:help|assist|represent)s?\ you|qui\ vous\ (?:re[çc]oit|accompagne|conseille|d[ée]fend)|
        chi\ (?:ti|vi)\ (?:assiste|aiuta)|wer\ (?:ber[äa]t|hilft|vertritt)\ (?:sie|ihnen|dich|dir)|wie\ (?:helpt|adviseert)\ (?:u|je)|quem\ (?:o|a|te)\ atende|
        help(?:s|ing)?\ (?:you\ |people\ |clients\ )?(?:to\ )?find\ (?:a\ )?(?:job|work|employment)|job(?:-|\ )(?:search|readiness|seeking)\ (?:help|assistance|support)|
        (?:job|employment|reentry)\ assistance|aide\ (?:[àa]\ la\ )?recherche\ d['’]emploi|vous\ aider\ [àa]\ trouver\ un\ (?:emploi|travail)|
        ayuda\ (?:para|en\ la)\ (?:b[úu]squeda\ de|buscar|encontrar)\ (?:empleo|trabajo)|hilfe\ bei\ der\ (?:job|arbeits|stellen)suche|
        hulp\ bij\ (?:het\ )?(?:zoeken\ naar|vinden\ van)\ werk|aiuto\ nella\ ricerca\ (?:di|del)\ lavoro|
        partner\ employers?|employer\ partners|offres\ (?:de\ nos|des)\ partenaires|stellen\ (?:bei|unserer)\ partner\w*|vacatures\ bij\ (?:onze\ )?partners|
        arquivo|archives?|archiv|archief|archivio|archivo|ofertas\ anteriores|offres\ pass[ée]es|
        (?:past|previous|closed|filled)\ (?:openings|positions|vacancies|jobs)|
        """ + OpenApplications.SpontaneousApplications + """
        )(?![\p{L}])|
        志工|志願者|志愿者|義工|义工|
        """ + HowToApplyPattern, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Other();

    private const string HowToApplyPattern = """
        (?<![\p{L}])(?:how\ to\ apply|so\ bewerben\ sie\ sich|bewerbungsverfahren|comment\ postuler|c[óo]mo\ (?:postular|aplicar|presentar\ tu\ candidatura)|
        come\ candidarsi|hoe\ (?:te\ )?solliciteren|jak\ aplikowa[ćc]|jak\ se\ p[řr]ihl[áa]sit)(?![\p{L}])|
        ^\s*(?:(?:your|the|ihre|deine|votre|ta|tu|su|sua|la|din|je|uw)\ )?(?:applications?|bewerbung|candidatures?|candidatura|candidaturas|postulaci[óo]n|postulaciones|
        sollicitatie|sollicitaties|ans[øo]gning|ans[öo]kan|s[øo]knad|p[řr]ihl[áa][šs]ka)\s*[:.]?\s*$|
        応募方法|応募について|應徵方式|應徵方法|应聘方式|应聘方法|報名方式|报名方式
        """;

    [GeneratedRegex(HowToApplyPattern, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex HowToApply();

    [GeneratedRegex("""
        ^\s*(?:beratungsstelle|gesch[äa]ftsstelle|standort|b[üu]ro|niederlassung|zweigstelle|office|branch|bureau|antenne|agence|
        sede|oficina|delegaci[óo]n|kantoor|vestiging|biuro|oddzia[łl])(?:\ (?:in|at|de|di|du|van|w)|\ ?[:–—-])?\ (?<place>[^:–—]+?)\s*$|
        ^\s*(?:postes?\ ouverts?|offres?\ d['’]emploi|open\ (?:positions|roles)|openings|vacancies|vacatures|(?:offene\ )?stellen|
        ofertas\ de\ (?:empleo|emprego|trabajo)|vacantes|vagas|posizioni\ aperte|offerte\ di\ lavoro|oferty\ pracy)
        \ (?:à|a|in|en|em|no|na|w|te)\ (?<place>[^:–—]+?)\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    [GeneratedRegex("""
        ^\s*(?:volunteer\ (?:with|for)\ us|become\ a\ volunteer|hazte\ voluntari[oa]|s[ée]\ voluntari[oa]|devenez\ b[ée]n[ée]vole|
        devenir\ b[ée]n[ée]vole|word\ vrijwilliger|diventa\ volontari[oa]|(?:seja|torne-se)\ volunt[áa]ri[oa]|werde\ ehrenamtlich\w*|zosta[ńn]\ wolontariusz(?:em|k[ąa]))(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex VolunteerInvitation();

    [GeneratedRegex("""
        ^\s*(?:formaci[óo]n|forma[çc][ãa]o|formazione|formation|training|course|curso|corso|cursus|opleiding|fortbildung|weiterbildung|schulung|
        szkolenie|kurs|taller|workshop|seminar|s[ée]minaire|seminario)s?(?:en)?\s+(?:para|for|pour|per|voor|f[üu]r|dla|de|di|del|em|en|in|on|sur|sobre|su|[üu]ber|z)\s
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Course();

    [GeneratedRegex("""
        (?<![\p{L}])(?:no\ (?:current\ )?(?:open\ positions|openings|vacancies|job\ openings|positions\ (?:are\ )?available)|not\ (?:currently\ )?hiring|
        no\ (?:hay|tenemos)\ (?:vacantes|b[úu]squedas|ofertas|convocatorias|puestos|posiciones)|ne\ recrutons\ pas|aucun(?:e)?\ (?:poste|offre)|pas\ de\ poste|
        nessuna\ posizione|non\ ci\ sono\ posizioni|geen\ (?:openstaande\ )?vacatures|keine\ (?:offenen\ )?stellen|
        n[ãa]o\ h[áa]\ vagas|sem\ vagas|(?:stellt|stellen)\ (?:derzeit|zurzeit|aktuell|momentan)\ (?:nicht|niemanden)\ ein)(?![\p{L}])(?![^.!?\n,;]{0,30}\?)|
        募集(?:中の職種|している職種)?はありません|募集は(?:すべて)?終了(?:いた)?しました|暂无(?:招聘|职位|岗位)|目前没有(?:招聘|空缺)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex NoOpenings();

    [GeneratedRegex(@"/(?:news|blog|press|stories|noticias|novedades|actualites|nieuws|notizie|aktuelles|noticias|impressum|datenschutz|privacy|mentions-legales|aviso-legal|volunteer|volunteering|voluntariado|benevolat|vrijwilligers|volontariato|team|equipo|chi-siamo|over-ons|ueber-uns|quem-somos|quienes-somos|qui-sommes-nous|formations|trainings?|courses|workshops|cursos|corsi|cursussen|schulungen|seminare|szkolenia|publications|publicaciones|publicacoes|pubblicazioni|publicaties|publikationen|publikacje|reports|relatorios|informes|rapports|annual-reports?|rapports?-annuels?|informes?-anual(?:es)?|memoria-anual|relatorios?-anua(?:l|is)|relazione-annuale|bilancio-sociale|jahresberichte?|jaarverslag(?:en)?)(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherPath();
}
