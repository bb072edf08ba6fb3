namespace JobAggregator.Scraper.Discovery;

/// <summary>The words that mark a careers or jobs page, in the languages of the network's members, and the words that
/// mark pages that only look like one. Every language is matched on every site: a site's language only breaks ties.</summary>
internal static class CareersTerms
{
    public static IReadOnlyList<CareersTerm> All { get; } =
    [
        .. Terms("en", TermWeight.Strong,
            "careers", "jobs", "job openings", "job opportunities", "job postings", "job board", "job vacancies", "employment",
            "employment opportunities", "career opportunities", "join our team", "join the team", "work with us", "work for us",
            "we're hiring", "we are hiring", "now hiring", "vacancies", "vacancy", "current openings", "open positions",
            "staff openings", "positions available", "available positions"),
        .. Terms("en", TermWeight.Weak,
            "career", "job", "opportunities", "openings", "hiring", "join us", "internships", "internship", "fellowships",
            "fellowship", "recruitment", "positions"),
        .. Terms("en", TermWeight.Against,
            "volunteer", "volunteers", "volunteering", "donate", "donation", "donations", "news", "blog", "events",
            "career services", "career center", "career centre", "career development", "student", "students", "privacy",
            "cookies", "terms of use", "log in", "login", "sign in"),

        .. Terms("es", TermWeight.Strong,
            "trabaja con nosotros", "trabajá con nosotros", "trabaje con nosotros", "empleo", "empleos", "bolsa de trabajo",
            "ofertas de empleo", "ofertas de trabajo", "oportunidades laborales", "únete a nuestro equipo", "únete al equipo",
            "sumate al equipo", "vacantes"),
        .. Terms("es", TermWeight.Weak, "oportunidades", "convocatorias", "pasantías", "prácticas", "trabajo"),
        .. Terms("es", TermWeight.Against, "voluntariado", "voluntarios", "donar", "dona", "donaciones", "noticias"),

        .. Terms("fr", TermWeight.Strong,
            "carrières", "emplois", "emploi", "offres d'emploi", "rejoignez-nous", "nous rejoindre", "recrutement",
            "travailler avec nous", "postes à pourvoir", "nous recrutons", "on recrute"),
        .. Terms("fr", TermWeight.Weak, "carrière", "opportunités", "stages", "offres"),
        .. Terms("fr", TermWeight.Against, "bénévolat", "bénévoles", "faire un don", "actualités"),

        .. Terms("it", TermWeight.Strong,
            "lavora con noi", "offerte di lavoro", "posizioni aperte", "opportunità di lavoro", "carriere", "lavorare con noi"),
        .. Terms("it", TermWeight.Weak, "opportunità", "lavoro", "tirocini", "bandi", "selezioni"),
        .. Terms("it", TermWeight.Against, "volontariato", "volontari", "donazioni", "notizie"),

        .. Terms("nl", TermWeight.Strong, "vacatures", "vacature", "werken bij", "werken bij ons", "kom werken bij", "banen"),
        .. Terms("nl", TermWeight.Weak, "solliciteren", "stageplaatsen"),
        .. Terms("nl", TermWeight.Against, "vrijwilligers", "vrijwilliger", "vrijwilligerswerk", "doneer", "doneren", "nieuws"),

        .. Terms("de", TermWeight.Strong, "karriere", "stellenangebote", "offene stellen", "stellenausschreibungen"),
        .. Terms("de", TermWeight.Against, "ehrenamt", "spenden"),

        .. Terms("pt", TermWeight.Strong, "trabalhe conosco", "vagas", "carreiras"),
        .. Terms("pt", TermWeight.Against, "voluntariado", "doe"),

        .. Terms("zh", TermWeight.Strong,
            "招聘", "工作機會", "工作机会", "加入我們", "加入我们", "人才招募", "徵才", "征才", "職缺", "职缺", "誠徵", "诚聘"),
        .. Terms("zh", TermWeight.Weak, "招募", "實習", "实习"),
        .. Terms("zh", TermWeight.Against, "志工", "志願者", "志愿者", "義工", "义工", "捐款", "新聞", "新闻"),
    ];

    private static readonly (CareersTerm Term, string Dropped, string Spaced, bool Cjk)[] Prepared =
        [.. All.Select(term => (term, CareersText.Normalize(term.Phrase, false), CareersText.Normalize(term.Phrase, true), CareersText.IsCjk(term.Phrase)))];

    /// <summary>The weightiest careers term in <paramref name="text"/> (Strong before Weak, in declaration order),
    /// preferring one in <paramref name="language"/> between equals; null when it holds none.</summary>
    public static CareersTerm? Strongest(string text, string? language)
    {
        var readings = CareersText.Readings(text);
        CareersTerm? best = null;
        foreach (var prepared in Prepared)
        {
            if (prepared.Term.Weight == TermWeight.Against || !Matches(readings, prepared))
            {
                continue;
            }

            if (best is null
                || prepared.Term.Weight < best.Weight
                || (prepared.Term.Weight == best.Weight && prepared.Term.Language == language && best.Language != language))
            {
                best = prepared.Term;
            }
        }

        return best;
    }

    /// <summary>The first word in <paramref name="text"/> that marks a page as not about jobs; null when none.</summary>
    public static CareersTerm? Against(string text)
    {
        var readings = CareersText.Readings(text);
        foreach (var prepared in Prepared)
        {
            if (prepared.Term.Weight == TermWeight.Against && Matches(readings, prepared))
            {
                return prepared.Term;
            }
        }

        return null;
    }

    private static bool Matches((string Dropped, string Spaced) readings, (CareersTerm Term, string Dropped, string Spaced, bool Cjk) prepared) =>
        prepared.Cjk
            ? readings.Dropped.Contains(prepared.Dropped.Trim(), StringComparison.Ordinal)
            : readings.Dropped.Contains(prepared.Dropped, StringComparison.Ordinal)
                || readings.Spaced.Contains(prepared.Spaced, StringComparison.Ordinal);

    private static IEnumerable<CareersTerm> Terms(string language, TermWeight weight, params string[] phrases) =>
        phrases.Select(phrase => new CareersTerm(phrase, language, weight));
}
