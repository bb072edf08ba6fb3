using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>What a job title looks like, in the languages of the network's members (English, Spanish, French, Italian,
/// Dutch, with a little German): a short phrase naming a role, not a sentence, not a headline.</summary>
internal static partial class JobTitles
{
    private const int MaxWords = 14;
    private const int MaxLength = 140;

    private static readonly TextVerdicts JobTitleTexts = new(IsJobTitleText);
    private static readonly RoleWords LatinRoleWords = new(EducatorWords + "|" + WholeRoleWords, RoleWordEndings, text => RoleWord().IsMatch(text));
    private static readonly TextVerdicts RoleWordTexts = new(text => HasLatinRoleWord(text) || CjkRoleWord().IsMatch(text));
    private static readonly TextVerdicts TitleShapedTexts = new(IsTitleShapedText);
    private static readonly TextVerdicts OrganizationTexts = new(text => OrganizationWord().IsMatch(text));

    /// <summary>The last words of <see cref="VolunteerSchemes"/>.</summary>
    private static readonly string[] VolunteerSchemeLastWords =
        ["civile", "universale", "nazionale", "civique", "jahr", "bundesfreiwilligendienst", "diensttijd", "corps"];

    /// <summary>The first words of <see cref="HeadlineWords"/>: a text holding none of them is no headline.</summary>
    internal static readonly KeyWords HeadlineFirstWords = new(PatternWords.Of(HeadlineWords).Select(w => w.Split(' ')[0]));

    /// <summary>The words that end a <see cref="Category"/> (the second alternative's "volunteer", "intern" and "get
    /// involved" too): a text whose last word is none of them names none.</summary>
    internal static readonly KeyWords CategoryLastWords = new([.. PatternWords.Of(CategoryWords), "volunteer", "intern", "involved", .. VolunteerSchemeLastWords]);

    /// <summary>A link or heading text that names a job: title-shaped and holding a role word.</summary>
    public static bool LooksLikeJobTitle([NotNullWhen(true)] string? text) => text is not null && JobTitleTexts.Of(text);

    public static bool HasRoleWord(string? text) => text is not null && RoleWordTexts.Of(text);

    /// <summary>A title short enough to head one opening: at most ten words after the ad's reference ("Búsqueda N° 15/2026 –
    /// Abogado/a para el área de ejecución penal") and no year (headlines carry dates), unless the year is when the job
    /// starts ("Stage juridique – 6 mois à partir de mars 2027").</summary>
    public static bool IsShortTitle(string text) =>
        WithoutReference(text) is var title && WordCount(title) <= 10 && (!Year().IsMatch(text) || !Year().IsMatch(StartDate().Replace(title, "")));

    /// <summary>The title without the ad's reference before it ("Rif. 01/2027 – Avvocato/a junior", "Ref. 2027-03: Paralegal",
    /// "Réf. JUR-01 – Juriste", "Kennziffer 12/27: Jurist*in", "Vacature 2027-04 – Jurist", "Nº 3/2027 – Abogado/a", a post's
    /// number of its openings "Vaga 1 – Assistente Social", "Puesto 2: Abogado/a", "Poste 1 – Juriste", "岗位一：项目主管", "職種①：弁護士", a posting word and its
    /// number "Búsqueda N° 14/2026 –", "Ref.ª 01/2026 –", "Aviso n.º 3/2026 –"): a reference word, a code holding a digit,
    /// then a dash or colon. The code's year is no headline's date.</summary>
    public static string WithoutReference(string title) =>
        title.Length <= 4 ? title
            : Reference().Match(title) is { Success: true } reference ? title[reference.Length..]
            : CjkPostNumber().Match(title) is { Success: true } numbered ? title[numbered.Length..]
            : title;

    /// <summary>The words Japanese and Chinese headings put after or before the role to say it is wanted ("法律事務スタッフ
    /// 募集", "急募：事務員", "诚聘项目专员", a university's "特任助教の公募について"), longest first.</summary>
    private static readonly string[] HiringSuffixes =
        ["募集のお知らせ", "の公募について", "の募集について", "公募について", "募集について", "募集要項", "の募集", "を募集", "の公募", "募集中", "募集", "公募", "の求人", "求人"];

    private static readonly string[] HiringPrefixes = ["急募", "诚聘", "誠聘", "誠徵", "诚征", "徵求", "征求", "招聘", "招募"];

    /// <summary>The hiring words a title puts in brackets of their own before the role ("【誠徵】專職律師", "[急徵] 社工員",
    /// "【募集】事務員").</summary>
    private static readonly string[] BracketedHiringWords = [.. HiringPrefixes, "急徵", "急征", "徵才", "征才", "募集", "求人"];

    /// <summary>The marks a lead naming the posting ends at: a colon or a dash.</summary>
    private static readonly SearchValues<char> LeadEnds = SearchValues.Create(":–—-");

    /// <summary>The title without a Japanese or Chinese "wanted" word around it, or a lead naming the posting before a
    /// colon ("Affichage de poste : Avocat·e", "Offre de stage : Stagiaire", "Convocatoria: Abogado(a)", "Vacancy: Solicitor",
    /// "Job opportunity: Legal Officer", "Oportunidad laboral: Abogado/a", "Wir suchen: Sozialarbeiter*in", "Nous recrutons :
    /// Juriste", "Buscamos: Abogado/a", a public competition's "Concurso público: Académico/a",
    /// "Concorso pubblico: Istruttore", "Concours externe : Juriste"; before a dash only before a role: "Avviso di selezione –
    /// Educatore"),
    /// or a word naming it before a capitalised title that names a role ("Vacature Jurist (32 uur)", "Stellenausschreibung
    /// Sozialarbeiter*in", "Offre Juriste"), or a selection or call for it ("Selezione per un/una avvocato/a penalista", Uruguay's "Llamado a Educador/a social",
    /// "Búsqueda de Abogado/a"); the title
    /// itself when it has none. A title's label before a colon ("Position: Caseworker", "Poste : Juriste", "Stelle:
    /// Sozialarbeiter*in") is left out too.</summary>
    public static string WithoutHiringWord(string title)
    {
        title = WithoutReference(title);
        // "Avviso di selezione – Educatore", "Convocatoria – Abogado/a", "Appel à candidatures – Juriste": after a dash
        // the lead is left only before a role, as a heading's topic may follow one too.
        if (title.AsSpan().ContainsAny(LeadEnds) && PostingLead().Match(title) is { Success: true } lead
            && (lead.Groups["colon"].Success || HasRoleWord(title[lead.Length..])))
        {
            return title[lead.Length..];
        }

        if (title.AsSpan().IndexOfAny(':', '：') >= 0 && FieldLabels.Split(title) is (FieldKind.Title, _, { Length: > 0 } labelled))
        {
            return labelled;
        }

        if (LeadWord().Match(title) is { Success: true } word && HasRoleWord(title[word.Length..]))
        {
            return title[word.Length..];
        }

        if (HiringVerbLead().Match(title) is { Success: true } verb && HasRoleWord(title[verb.Length..]) && !IsVolunteerOnly(title[verb.Length..]))
        {
            return Capitalised(title[verb.Length..]);
        }

        // "Selezione per un/una avvocato/a penalista", "Convocatoria para un(a) abogado(a)": a selection for the role.
        if (SelectionFor().Match(title) is { Success: true } selection && title[selection.Length..] is { Length: > 0 } role && HasRoleWord(role))
        {
            return Capitalised(role);
        }

        var text = title.AsSpan().Trim();
        // Only a title that starts or ends in a Han character can hold one of the words.
        if (text.IsEmpty || (text[^1] < '\u3000' && text[0] < '\u3000'))
        {
            return title;
        }

        foreach (var suffix in HiringSuffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length].TrimEnd();
                break;
            }
        }

        // "專職律師 1 名", "弁護士2名", "社工员（若干名）": how many are wanted, no part of the title.
        if (Headcount().Match(text.ToString()) is { Success: true, Index: > 0 } headcount)
        {
            text = text[..headcount.Index].TrimEnd();
        }

        // "【誠徵】專職律師", "[急徵] 社工員", "【急募】事務員": the hiring word in brackets of its own.
        var opened = text.Length > 2 && text[0] is '【' or '[' or '［' or '〔' ? text[1..] : [];
        foreach (var hiring in BracketedHiringWords)
        {
            if (opened.Length > hiring.Length + 1 && opened.StartsWith(hiring, StringComparison.Ordinal) && opened[hiring.Length] is '】' or ']' or '］' or '〕')
            {
                text = opened[(hiring.Length + 1)..].TrimStart(" :：　");
                return text.ToString();
            }
        }

        foreach (var prefix in HiringPrefixes)
        {
            if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..].TrimStart(" :：　");
                break;
            }
        }

        return text.Length == title.Length ? title : text.ToString();
    }

    /// <summary>Whether the title leads with a word or phrase naming its post a posting ("Stellenausschreibung: Jurist*in",
    /// "Wir suchen: Sozialarbeiter*in", "Vacature Jurist", "Offre d'emploi : Juriste", "Job opening: Paralegal", "Buscamos:
    /// Abogado/a", "Cerchiamo: Avvocato/a", "Avviso di selezione – Educatore"): a news item so titled is a job ad, as one tagged as recruitment is.</summary>
    public static bool AnnouncesPosting(string title)
    {
        title = WithoutReference(title);
        return (title.AsSpan().ContainsAny(LeadEnds) && PostingLead().Match(title) is { Success: true } lead && HasRoleWord(title[lead.Length..]))
            || (LeadWord().Match(title) is { Success: true } word && HasRoleWord(title[word.Length..]))
            || (HiringVerbLead().Match(title) is { Success: true } verb && HasRoleWord(title[verb.Length..]) && !IsVolunteerOnly(title[verb.Length..]));
    }

    /// <summary>The title without the number of posts it closes with, which says how many are wanted and is no part of
    /// it: "Candidate Attorney (2 posts)", "Caseworker – 3 positions", "Juriste (2 postes)", "Abogado/a (2 plazas)",
    /// "Avvocato (2 posti)", "Sozialarbeiter*in (2 Stellen)", "Jurist (2 vacatures)", "Advogado(a) (2 vagas)", as
    /// "專職律師 1 名" in <see cref="WithoutHiringWord"/>; the title itself when it closes with none.</summary>
    public static string WithoutHeadcount(string title) =>
        LatinHeadcount().Match(title) is { Success: true, Index: > 0 } headcount
            ? title[..headcount.Index]
            : title;

    /// <summary>The terms a closing bracket states before the number of posts ("法律助理（兼职，1名）", "Juriste (CDI, 2 postes)",
    /// "Abogado/a (media jornada, 1 plaza)"), which leave the title with the count, when they name the kind of job; null
    /// otherwise.</summary>
    public static string? KindOfJobBesideHeadcount(string title)
    {
        if (!title.AsSpan().TrimEnd().EndsWith(")") && !title.AsSpan().TrimEnd().EndsWith("）"))
        {
            return null;
        }

        var count = Headcount().Match(title) is { Success: true, Index: > 0 } han && han.Groups["terms"].Success ? han
            : LatinHeadcount().Match(title) is { Success: true, Index: > 0 } latin && latin.Groups["terms"].Success ? latin
            : null;
        return count?.Groups["terms"].Value.Trim() is { Length: > 0 } terms && FieldLabels.NamesKindOfJob(terms) ? terms : null;
    }

    /// <summary>The title without what a link to the ad's document says of the file ("Senior Caseworker – job description
    /// (PDF)", "Office Administrator - Job Pack (Word, 120KB)", "Volljurist*in – Stellenausschreibung (PDF)"); the title
    /// itself when it says nothing of one.</summary>
    public static string WithoutDocumentNote(string title)
    {
        var noted = WithoutDocumentTail(title);
        // "Staff Attorney announcement", "Paralegal job description (PDF)": a role, then the document's word without a dash.
        return DocumentWordEnds.MayEndWith(noted) && DocumentWord().Match(noted) is { Success: true, Index: > 0 } word && HasRoleWord(noted[..word.Index])
            ? noted[..word.Index].TrimEnd()
            : noted;
    }

    private static string WithoutDocumentTail(string title)
    {
        var end = title.AsSpan().TrimEnd();
        if (end.IsEmpty || (end[^1] != ')' && end[^1] != ']' && end.IndexOfAny('–', '—', '-') < 0 && end.IndexOf('|') < 0))
        {
            return title;
        }

        var note = DocumentNote().Match(title);
        return note is { Success: true, Length: > 0, Index: > 0 } && WordCount(title[..note.Index]) > 0 ? title[..note.Index].TrimEnd() : title;
    }

    /// <summary>The last words of <see cref="DocumentWord"/>: a title ending in none of them is not matched against it.</summary>
    private static readonly KeyWords DocumentWordEnds = new(PatternWords.LastWordsOf(DocumentWords));

    /// <summary>The words a link names a role's document by, without a dash before them, spelled out for
    /// <see cref="DocumentWordEnds"/> too.</summary>
    private const string DocumentWords = """
        announcement|job\ (?:announcement|description|posting|pack|advert)|position\ (?:announcement|description|posting)|jd|
        stellenausschreibung|stellenbeschreibung|fiche\ de\ poste|descripci[óo]n\ del\ puesto|bando|vacaturetekst|functieomschrijving
        """;

    /// <summary>A link to a form or a notice that goes with a listing ("Application form (Word)", "Equal opportunities
    /// monitoring form", "Formulaire de candidature", "Privacy notice for applicants"): no opening of its own.</summary>
    public static bool NamesFormOrNotice(string? title) =>
        title is not null && WithoutDocumentNote(title) is var named && !HasRoleWord(named) && FormOrNotice().IsMatch(named);

    /// <summary>A publication rather than an ad: a report, statutes, a policy, a newsletter ("Informe anual 2025",
    /// "Annual report", "Jahresbericht", "Rapport annuel", "Relazione di missione", "Jaarverslag", "Relatório de
    /// atividades", "Statuten", "Privacy policy").</summary>
    public static bool NamesPublication(string title) => Publication().IsMatch(title);

    /// <summary>A title written in lower case in a sentence, as a title: "juriste" is "Juriste".</summary>
    public static string Capitalised(string title) =>
        title.Length > 0 && char.IsLower(title[0]) ? string.Concat(char.ToUpperInvariant(title[0]).ToString(), title.AsSpan(1)) : title;

    /// <summary>"View opening", "Voir l'offre", "Ver oferta", "Ver búsqueda", "Saiba mais", "Bekijk vacature", "Zur Stelle", "Apply now";
    /// the opening's terms of reference, as calls for staff publish them ("Ver términos de referencia", "View the terms of
    /// reference", "Consulter les termes de référence"); the ad on a job board the page names ("View on Activelink →",
    /// "Voir l'offre sur Indeed", "Bekijk op Werkzoeken", "Ansehen auf StepStone"), a map aside.</summary>
    public static bool IsViewOpening(string? text) => text is not null && ViewOpening().IsMatch(text);

    /// <summary>"Apply", "Apply now", "Apply for Investigator", "Postuler", "Postular", "Solliciteer", "Jetzt bewerben", "Candidati", "Candidate-se", "Inscreva-se",
    /// "Aplikuj", "応募する", "立即申请": a button to the application rather than to a page about the opening.</summary>
    public static bool IsApply(string? text) => text is not null && Apply().IsMatch(text);

    /// <summary>"(m/w/d)", "(h/f)", "(k/m)", "Abogado/a", "Chargé·e", "Referent*in", "Advogado(a)": a title written for any
    /// gender is a job title.</summary>
    public static bool HasGenderMarker(string text) => GenderMarker().IsMatch(text);

    /// <summary>"Senior", "Junior", "Mid", "Regular", "Medior", "Lead", "シニア": a level of a role, no place ("Programista
    /// .NET (Mid)"); "Mid Wales" names one.</summary>
    public static bool HasSeniorityWord(string text) => Seniority().IsMatch(text);

    /// <summary>A title's closing bracket that says only that the work is remote ("Assistente social (remoto)",
    /// "Paralegal (Remote)"): the place of an ad that names none elsewhere; null for any other title.</summary>
    public static string? RemoteInBrackets(string title)
    {
        var end = title.AsSpan().TrimEnd();
        if (end.IsEmpty || end[^1] != ')' || end.LastIndexOf('(') is not (var open and >= 0))
        {
            return null;
        }

        var inside = end[(open + 1)..^1].Trim().ToString();
        return WordCount(inside) is > 0 and <= 3 && BlockFields.SaysRemote(inside) && !FieldLabels.HasHours(inside) ? inside : null;
    }

    /// <summary>A title's closing bracket that names the place ("Staff Attorney (Seattle)", "Juriste (Lyon)") or says the
    /// work is remote (<see cref="RemoteInBrackets"/>): the place of an ad that names none elsewhere; null for any other
    /// title, and for a bracket of hours, terms, a gender marker or a role ("(m/w/d)", "(parttime)", "(Senior)").</summary>
    public static string? PlaceInBrackets(string title)
    {
        if (RemoteInBrackets(title) is { } remote)
        {
            return remote;
        }

        var end = title.AsSpan().TrimEnd();
        if (end.IsEmpty || end[^1] != ')' || end.LastIndexOf('(') is not (var open and > 0))
        {
            return null;
        }

        var inside = end[(open + 1)..^1].Trim().ToString();
        if (HasGenderMarker(end[open..].ToString()))
        {
            return null;
        }

        if (NamesPlace(inside))
        {
            return inside;
        }

        // "(Salt Lake City, UT)", "(6 mesi, Milano)": the last comma part is the town, with the part before it when that
        // is a place too (its state or province after it).
        var comma = inside.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || inside[(comma + 2)..].Trim() is not { Length: > 0 } last || !NamesPlace(last))
        {
            return null;
        }

        var before = inside[..comma];
        var town = before[(before.LastIndexOf(", ", StringComparison.Ordinal) + 1)..].Trim();
        return NamesPlace(town) ? $"{town}, {last}" : last;
    }

    /// <summary>A few capitalised words that read as a place and say nothing of a role, seniority, the kind of job, its
    /// hours, an organisation or an area of work ("(Reentry)", "(Litigation)").</summary>
    private static bool NamesPlace(string text) =>
        WordCount(text) is > 0 and <= 3 && char.IsUpper(text[0]) && BlockFields.LooksLikePlace(text) && !HasRoleWord(text)
            && !HasSeniorityWord(text) && FieldLabels.EmploymentTypeLength(text) == 0
            && !FieldLabels.HasHours(text) && FieldLabels.InternIn(text) is null && !LooksLikeOrganization(text)
            && !text.Split(',', StringSplitOptions.TrimEntries).Any(WorkAreas.NamesOnly);

    /// <summary>A title whose only role word is "volunteer" or its kin ("Court Watch Volunteer", "Vrijwilliger").</summary>
    public static bool IsVolunteerOnly(string text) =>
        VolunteerWord().IsMatch(text) && !RoleWord().Matches(text).Any(m => !VolunteerWord().IsMatch(m.Value));

    /// <summary>Short enough for a title and not a sentence, a call to action or a headline; the role word is not
    /// required (a sibling of job titles may be "Fondsenwerver").</summary>
    public static bool IsTitleShaped([NotNullWhen(true)] string? text) => text is not null && TitleShapedTexts.Of(text);

    private static bool IsTitleShapedText(string text) => HasTitleLength(text) && !HasNonTitleWording(text);

    /// <summary>A title tested for a role word before its wording: most link texts of a page hold none, and the length
    /// tests cost least.</summary>
    private static bool IsJobTitleText(string text) => HasTitleLength(text) && (HasLatinRoleWord(text) || HasCjkRoleWord(text)) && !HasNonTitleWording(text);

    /// <summary>"專職律師", "事務職員": Chinese and Japanese titles hold their role word inside a run of ideographs; only a
    /// text holding such letters is searched.</summary>
    private static bool HasCjkRoleWord(string text) => text.AsSpan().IndexOfAnyInRange('\u3040', '\u9fff') >= 0 && CjkRoleWord().IsMatch(text);

    /// <summary>Whether <see cref="RoleWord"/> finds a role word in the text, read word by word (<see cref="RoleWords"/>).
    /// </summary>
    internal static bool HasLatinRoleWord(string text) => LatinRoleWords.In(text);

    /// <summary>Some letters, at most <see cref="MaxWords"/> words, not a question, and not a sentence of more than six
    /// words.</summary>
    private static bool HasTitleLength(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || !HasLetter(text))
        {
            return false;
        }

        var words = WordCount(text);
        var end = text.AsSpan().TrimEnd();
        return words <= MaxWords && !end.EndsWith('?') && !(words > 6 && end.EndsWith('.'));
    }

    /// <summary>A category of work, a sentence's opening, a call to read more or a headline's verb. The category and
    /// headline patterns are run only over a text holding one of their words, which few titles do.</summary>
    private static bool HasNonTitleWording(string text) =>
        (CategoryLastWords.MayEndWith(text) && Category().IsMatch(text)) || SentenceStart().IsMatch(text) || ReadMore().IsMatch(text)
        || (HeadlineFirstWords.MayHold(text) && Headline().IsMatch(text))
        || (text.AsSpan().TrimStart().StartsWith("progr", StringComparison.OrdinalIgnoreCase) && ProgrammeOf().IsMatch(text));

    /// <summary>The words between single spaces, as <c>Split(' ', RemoveEmptyEntries)</c> counts them.</summary>
    public static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        return words;
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Read more", "Details", "Leer más", "Lire la suite", "Leggi", "Lees meer" and their kin; a posting's page
    /// ("View posting and apply", "See the posting", "Voir l'offre et postuler") or its document ("Download the advert",
    /// "Download job pack", "Télécharger l'offre", "Stellenanzeige (PDF)", a call's rules: "Bases del concurso (PDF)",
    /// "Edital completo").</summary>
    public static bool IsReadMore(string? text) => text is not null && ReadMore().IsMatch(text);

    /// <summary>The name of an organisation rather than a unit or a place: "Georgia Innocence Project", "Office of the
    /// Ohio Public Defender", "Stichting Onschuldig Veroordeeld".</summary>
    public static bool LooksLikeOrganization(string? text) => text is not null && OrganizationTexts.Of(text);

    /// <summary>The role words that end a longer word ("Beleidsmedewerker", "Projektmitarbeiterin"), and the German
    /// stems a gender star closes ("Sozialpädagog*in", "Psycholog:in", "Fahrer_in": the letters before the star).</summary>
    internal const string RoleWordEndings = """
        medewerkers?|werkers?|wervers?|co[öo]rdinatoren|co[öo]rdinators?|leiders?|adviseurs?|onderzoekers?|vrijwilligers?|
        mitarbeiter(?:in)?|leiter(?:in)?|functionaris|manager(?:in)?|assistent(?:e|en)?|arbeiter(?:in(?:nen)?)?|koordinator(?:in)?|
        kraft|kr[äa]fte|berater(?:in)?|assistenz|referent(?:in)?|p[äa]dagog(?:e|in)?|psycholog(?:e|in)?|fahrer(?:in)?|entwickler(?:in)?|redakteur(?:in)?|anw[äa]lt(?:in)?|
        r[åa]dgiv(?:are|ere?)|medhj[æa]lpere?|handl[äa]ggare|st[öo]djare|samordnare|handledare|pedagog(?:er)?|sagsbehandlere?|angestellte[rn]?|jurist(?:in)?|verleners?
        """;

    /// <summary>"Éducateur" and its kin, first in <see cref="RoleWord"/>.</summary>
    internal const string EducatorWords = "[ée]ducat(?:eur|rice)s?";

    /// <summary>The role words that are a word of their own, bar <see cref="EducatorWords"/>.</summary>
    internal const string WholeRoleWords = """
        abogad[oa]s?|abogado/a|acad[ée]mic[oa]s?|accountants?|addett[oa]|adjointe?s?|administrativ[oa]s?|administrators?|advis[eo]rs?|advocaat|advocaten|
        advocates?|advogad[oa]s?|ajudantes?|advok[áa]t(?:ka|er)?|adwokat(?:ka)?|agent(?:e)?s?|amministrativ[oa]|analistas?|analysts?|animador(?:a|es|as)?|animat(?:eur|rice)s?|animat(?:ore|rice)|anw[aä]lt(?:in)?|
        aplikant(?:ka)?|apprentices?|architects?|archivists?|asesor(?:a|es)?|asistentes?|assessor(?:a|es)?|assistante?s?|assistants?|assistente|
        assistentes?|assistenti?|associates?|asistent(?:ka)?|asystent(?:ka)?|attach[ée]e?s?|attorneys?|auditors?|auszubildende[r]?|auxiliar(?:es)?|avocate?s?|ayudantes?|
        avvocat[oaie]|azubi|barristers?|b[ée]n[ée]voles?|becari[oa]s?|boekhouders?|bookkeepers?|buchhalter(?:in)?|canvassers?|caregivers?|
        carpenters?|case\ managers?|case\ workers?|caseworkers?|cashiers?|charg[ée]e?(?:[·.]e)?|chef\ de|chefs?|
        chercheu(?:r|se)s?|chief|cleaners?|clerks?|clerkships?|cociner[oa]s?|collaborat(?:ore|rice|ori)|comptables?|
        comunicador(?:a|es)?|conseill(?:er|ère)s?|consulenti?|consultants?|contabile|contables?|contador(?:a)?|cooks?|
        coordenador(?:a|es)?|coordinador(?:a|es)?|coordinador/a|coordinat(?:eur|rice)s?|coordinat(?:ore|rice)|coordinators?|
        copywriters?|counsel|counsell?ors?|cuidador(?:a|es|as)?|custodians?|d[ée]l[ée]gu[ée]e?s?|d[ée]veloppeu(?:r|se)s?|defenders?|defensor(?:a)?|
        desarrollador(?:a|es)?|desenvolvedor(?:a|es)?|designers?|developers?|direct(?:eur|rice)s?|directeur|director(?:a|es)?|
        directors?|dirett(?:ore|rice)|dise[ñn]ador(?:a|es)?|docent(?:en?|es)?|doctors?|drafts(?:wo)?m[ae]n|drivers?|editors?|
        educador(?:a|es)?|educat(?:ore|rice|ori)|educators?|electricians?|encargad[oa]s?|enfermeir[oa]s?|enfermer[oa]s?|
        engineers?|enqu[êe]t(?:eur|rice)s?|est[áa]gios?|estagi[áa]ri[oa]s?|externs?|externships?|fellows?|fellowships?|fisioterapeutas?|fisioterapist[ai]|fizjoterapeut(?:a|ka)|fyzioterapeut(?:ka)?|fysiotherapeut(?:en)?|fysioterapeut(?:er)?|format(?:eur|rice)s?|
        fundraisers?|funzionari[oa]|generalists?|gerentes?|gestionnaires?|gestor(?:a|es)?|guards?|head\ of|impiegat[oa]|
        infermier[ea]|infirmi(?:er|[èe]re)s?|instructors?|interns?|internships?|interpreters?|investigador(?:a|es)?|
        investigators?|janitors?|kin[ée]sith[ée]rapeutes?|kinesi[óo]log[oa]s?|kinesiologists?|jef[ea]s?|jornalistas?|journalists?|jurist(?:in|er)?|juristas?|juristen?|juristes?|konsulent(?:er)?|koordin[áa]tor(?:ka)?|koordynator(?:ka)?|kurator(?:er)?|lawyers?|leaders?|lecturers?|
        liaisons?|librarians?|l[íi]der(?:es)?|m[ée]diat(?:eur|rice)s?|managers?|mechanics?|mediador(?:a|es)?|mediat(?:ore|rice|ori)|mediators?|
        mentors?|navigators?|nurses?|officers?|operat(?:ore|rice)|organi[sz]ers?|paralegale|paralegals?|pasant[íi]as?|pasantes?|periodistas?|
        pharmacists?|photographers?|physicians?|physiotherapeut(?:in)?|physiotherapists?|planners?|plumbers?|postdoc|pracovn[íi](?:k|ce|ci)|pracowni(?:k|czka)|pr[áa]vn[íi](?:k|ci)|praktikant(?:in)?|praktikum|praktykant(?:ka)?|praticanti?|prawni(?:k|czka|cy)|procurador(?:a)?|
        producers?|profesor(?:a|es)?|professors?|progettista|program(?:me)?\ (?:leads?|staff)|programador(?:a|es)?|programmers?|prosecutors?|
        psic[óo]log[oa]s?|psicolog[oa]|psychologists?|psychologues?|r[ée]dact(?:eur|rice)s?|raads(?:man|vrouw|lieden)|radc(?:a|y)|radczyni|recepcionistas?|receptionists?|
        representatives?|researchers?|responsabil[ei]|responsables?|ricercat(?:ore|rice)|sachbearbeiter(?:in)?|
        scholars?|scientists?|secr[ée]taires?|secret[áa]ri[oa]s?|secretar(?:y|ies)|secretaresse|secretari[oa]s?|secretaris|
        segretari[oa]|sekreterare|sekret[æa]r(?:er)?|socionom(?:er)?|social\ workers?|solicitors?|specialists?|specjalist(?:a|ka)|stagiaires?|stagiairs?|stagist[ai]|strategists?|supervisors?|
        sviluppat(?:ore|rice)|t[ée]cnic[oa]s?|teachers?|technicians?|technicien(?:ne)?s?|terapeutas?|therapists?|tirocinant[ei]?|tirocini[oi]|
        trabajador(?:a)?\ social|trabajador(?:a|es)?|traductor(?:a|es)?|trainee|trainees?|trainers?|translators?|
        travailleu(?:r|se)\ social[e]?|verpleegkundigen?|videographers?|volont[äa]r(?:in)?|volontari[oa]?|voluntari[oa]s?|
        volunteers?|werkstudent(?:in)?|workers?|writers?
        """;

    /// <summary>The alternatives are in alphabetical order (and the words that end in a German or Dutch role, like
    /// "Projektmitarbeiter" or "Beleidsmedewerker", are one group): the engine then shares the beginnings of the words
    /// it tries at a word. Where two alternatives match at one place ("chef de" and "chefs"), the longer one still comes
    /// first. A yes or no is read word by word (<see cref="RoleWords"/>); the pattern stays for the words it finds and
    /// for the rare text the lookup leaves to it.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + EducatorWords + @"|\p{L}*(?:" + RoleWordEndings + ")|" + WholeRoleWords + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    internal static partial Regex RoleWord();

    /// <summary>Role words in Chinese and Japanese, which have no spaces to bound a word.</summary>
    [GeneratedRegex("工程师|工程師|经理|經理|主管|助理|专员|專員|律师|律師|法务|法務|顾问|顧問|实习生|實習生|社工|研究员|研究員|协调员|協調員|秘书|秘書|会计|會計|主任|总监|總監|"
        + "エンジニア|マネージャー|スタッフ|弁護士|事務(?!所)|アシスタント|コーディネーター|インターン|研究員|ソーシャルワーカー|パラリーガル|職員|担当者?|看護師|事務局|補佐員|補助員|支援員|相談員|助教|准教授")]
    private static partial Regex CjkRoleWord();

    // "（2名）", "1 名", "若干名", and terms before the count in its bracket ("（兼职，1名）").
    [GeneratedRegex(@"\s*(?:[（(](?:(?<terms>[^（）()，,、]{1,16})[，,、]\s*)?)?\s*(?:\d{1,3}|[一二三四五六七八九十两兩]|若干|数|數)\s*(?:名|人|位)\s*[）)]?$")]
    private static partial Regex Headcount();

    /// <summary>A post's word and its number before the title ("岗位一：", "职位2：", "職種①：", "ポジション1："), as "Puesto 2:" is in
    /// <see cref="Reference"/>.</summary>
    [GeneratedRegex(@"^\s*(?:岗位|崗位|职位|職位|职缺|職缺|職種|职种|募集職種|ポジション)\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}|[\u2460-\u2473])\s*[:：、.．–—-]\s*(?=\S)")]
    private static partial Regex CjkPostNumber();

    private const string PostCount = """
        (?:\d{1,2}|one|two|three|four|five|several|deux|trois|quatre|plusieurs|dos|tres|cuatro|varias|varios|due|tre|quattro|
        zwei|drei|vier|mehrere|twee|drie|meerdere|dois|duas|tr[êe]s|v[áa]ri[oa]s)\s+
        (?:posts?|positions?|vacanc(?:y|ies)|openings?|roles?|places?|postes?|plazas?|puestos?|vacantes?|posti|posizion[ie]|stellen?|planstellen?|
        vacatures?|plaatsen|functies|vagas?|postos?)(?:\s+(?:available|disponibles?|disponibili|verf[üu]gbar|beschikbaar|dispon[íi]veis))?
        """;

    /// <summary>A number of posts in a closing bracket or after a closing dash, in the network's languages.</summary>
    [GeneratedRegex(@"(?:\s*\(\s*(?:(?<terms>[^(),]{1,30}),\s*)?" + PostCount + @"\s*\)|\s+[–—-]\s*" + PostCount + @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex LatinHeadcount();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*(?:" + PostingWordsBeforeNumber + @"\s+)?(?:rif(?:erimento)?|ref(?:\.?ª|erence|erencia|er[êe]ncia)?|r[ée]f(?:[ée]rence)?|kennziffer|kennz|vacature(?:nummer)?|vacancy|vagas?|vacantes?|plazas?|puestos?|postes?|posto|positions?|stellen?|job\s+(?:ref|id|no)|n\.?[º°o]|n(?=\.)|nr|n[úu]m(?:ero|éro)?|c[óo]d(?:igo|ice)?|č(?=\.))(?![\p{L}])\.?[ªº°]?\s*(?::\s*)?(?=[\p{L}\d/._-]*\d)[\p{L}\d][\p{L}\d/._-]*\s*[–—:-]\s*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    /// <summary>The words naming a posting that a reference number follows ("Búsqueda N° 14/2026 –", "Convocatoria Nº 5/2026:",
    /// "Aviso n.º 3/2026 –", "Offre n° 2026-14 –", "Avviso n. 7/2026 –", "Stellenausschreibung Nr. 12/2026 –", "Vacature nr. 2026-04 –",
    /// "Ogłoszenie nr 5/2026 –", "Inzerát č. 3/2026 –", "Annons nr 4/2026 –", "Opslag nr. 2/2026 –", "Job no. 14/2026 –").</summary>
    private const string PostingWordsBeforeNumber =
        "(?:b[úu]squeda|convocatoria|llamado|aviso|oferta|proceso|concurso|vaga|an[úu]ncio|offre|annonce|avis|avviso|annuncio|bando|selezione|concorso|"
        + "stellenausschreibung|ausschreibung|stellenangebot|stelle|vacature|oproep|og[łl]oszenie|nab[óo]r|inzer[áa]t|annons|opslag|stillingsopslag|"
        + "job|vacancy|posting|advert)";

    /// <summary>When a job starts: "from March 2027", "à partir de mars 2027", "dès le 1er mars 2027", "ab 1. März 2027",
    /// "a partire da marzo 2027", "a partir de marzo de 2027", "vanaf 1 maart 2027"; the season of a summer job or
    /// internship ("Legal Intern – Summer 2027", "Stage été 2027", "Prácticas verano 2027", "Sommerpraktikum Sommer 2027").</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:from|starting(?:\s+in)?|à\s+partir\s+d[eu']|dès(?:\s+l[ea'])?|ab|vanaf|per|a\s+partire\s+da(?:l)?|a\s+partir\s+de|desde)\s+(?:\d{1,2}(?:er|\.)?\s+)?\p{L}{3,}\.?\s+(?:de\s+)?(?:19|20)\d{2}\b|(?<![\p{L}])(?:summer|fall|autumn|spring|winter|été|automne|hiver|printemps|verano|otoño|invierno|primavera|estate|autunno|inverno|sommer|herbst|frühling|zomer|najaar|voorjaar|lato|jesień|zima|wiosna)\s+(?:de\s+)?(?:19|20)\d{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartDate();

    [GeneratedRegex("""
        ^\s*(?:affichage\ de\ poste|offre\ d['’](?:emploi|alternance)|offre\ de\ (?:stage|mission|service\ civique|volontariat)|convocatoria|se\ busca|vacante|
        oferta\ de\ (?:empleo|trabajo|pr[áa]cticas)|vacancy|job\ (?:opening|opportunity|vacancy)|(?:employment|career)\ opportunity|
        (?:now|we['’]re|we\ are)\ hiring|we(?:['’]re|\ are)\ looking\ for|wir\ suchen|wir\ stellen\ ein|nous\ recrutons|on\ recrute|buscamos|
        cerchiamo|stiamo\ cercando|(?:wij|we)\ zoeken|procuramos|estamos\ contratando|opportunit[ée]\ d['’]emploi|oportunidad\ (?:laboral|de\ (?:empleo|trabajo))|opportunit[àa]\ di\ lavoro|
        oportunidade\ de\ (?:emprego|trabalho)|stellenangebot|stellenausschreibung|praktikumsangebot|vacature|
        stagevacature|offerta\ di\ (?:lavoro|tirocinio|stage)|vaga(?:\ de\ est[áa]gio)?|
        concurso(?:\ (?:p[úu]blico|abierto|interno|externo|de\ antecedentes|de\ m[ée]ritos))?|concorso(?:\ pubblico)?|avviso\ (?:pubblico|di\ selezione)|
        bando(?:\ di\ (?:concorso|selezione))?|concours(?:\ (?:externe|interne))?|appel\ (?:à|a)\ candidatures?|(?:open\ )?competition|ausschreibung)(?:\s*(?<colon>:)|\s+[–—-])\s*(?=\S)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PostingLead();

    /// <summary>A headline's hiring verb, without a colon, and the article after it, before the roles wanted: "Wir suchen
    /// studentische Hilfskräfte (m/w/d) für …", "We are hiring a Paralegal", "Nous recrutons un·e juriste", "On recrute
    /// des juristes", "Buscamos abogado/a", "Cerchiamo un avvocato", "Wij zoeken een jurist", "Procuramos advogado(a)".</summary>
    [GeneratedRegex(@"^\s*(?:wir\s+suchen|(?:we\s+are|we['’]re|now)\s+hiring|we(?:\s+are|['’]re)\s+looking\s+for|nous\s+recrutons|on\s+recrute|nous\s+recherchons|buscamos|estamos\s+buscando|cerchiamo|stiamo\s+cercando|(?:wij|we)\s+zoeken|procuramos|estamos\s+contratando)\s+(?:(?:an?|une?|un(?:\(e\)|·e|/une)|des|una?|un/a|uno|eine?[*/:]?n?|einen|een|um|uma|um\(a\))\s+)?(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiringVerbLead();

    /// <summary>A word naming the posting, without a colon, before a capitalised title ("Vacature Jurist").</summary>
    [GeneratedRegex(@"^\s*(?:vacature|vacancy|stellenausschreibung|stellenangebot|stelleninserat|offre(?:\s+d['’]emploi)?|vacante|vaga|offerta(?:\s+di\s+lavoro)?)\s+(?=(?-i:\p{Lu}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"^\s*(?:(?:(?:avviso\s+di\s+|bando\s+di\s+)?selezione|convocatoria|selecci[óo]n|sele[çc][ãa]o|recrutamento|recruitment)\s+(?:per|para|for)|llamados?\s+(?:a|para)|b[úu]squeda\s+de)\s+(?:(?:un/una|una/un|un['’]|un\(a\)|um\(a\)|um/uma|un|una|uno|uma?|an?)\s+)?(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelectionFor();

    [GeneratedRegex("""
        ^\W*(?:view\ (?:opening|vacancy|offer)|apply(?:\ (?:now|here|online))?|apply\ for\ (?:the\ |this\ )?(?-i:\p{Lu})[\p{L}'’-]*(?:\ [\p{L}'’-]+){0,4}|応募する|立即申请|ver\ (?:oferta|vacante|puesto)|postula(?:r)?|postular\ ahora|voir\ l['’](?:offre|annonce)|postuler|
        saiba\ mais|ver\ vaga|ver\ an[úu]ncio(?:\ completo)?|candidate-se|bekijk\ (?:de\ )?vacature|solliciteer(?:\ nu)?|zur\ stelle|zum\ stellenangebot|jetzt\ bewerben|
        mehr\ zur\ stelle|candidati(?:\ ora)?|vedi\ (?:offerta|annuncio|posizione)|scopri\ l['’]offerta|
        szczeg[óo][łl]y(?:\ oferty)?|zobacz\ ofert[ęe]|aplikuj(?:\ teraz)?|ver\ (?:la\ )?(?:convocatoria|b[úu]squeda)|(?:lire|voir)\ l['’]affichage(?:\ complet)?|
        (?:ver|consultar|descargar|view|see|download|voir|consulter|t[ée]l[ée]charger|vedi|scarica|baixar)\ (?:(?:los|the|les|i|os)\ )?
        (?:t[ée]rminos\ de\ referencia|terms\ of\ reference|termes\ de\ r[ée]f[ée]rence|termini\ di\ riferimento|termos\ de\ refer[êe]ncia)|
        (?:(?:view|see|read|apply|voir|postuler|ver|postular|bekijk|solliciteer|vedi|candidati|ansehen|bewerben|se|visa|ans[öo]k)
        (?:\ (?:it|the\ (?:ad|advert|job|posting|vacancy)|l['’](?:offre|annonce|annuncio)|la\ oferta|el\ anuncio|de\ vacature|annonsen|die\ anzeige))?|zur\ (?:anzeige|stelle))
        \ (?:on|via|at|sur|en|op|su|auf|über|p[åa])\ (?!(?:Google\ |Apple\ |Bing\ )?Maps?(?![\p{L}])|OpenStreetMap|Karte|Carte|Mapa)(?-i:\p{Lu})[\p{L}\d.'’-]*(?:\ (?-i:\p{Lu})[\p{L}\d.'’-]*){0,2})(?:\s*\(\s*pdf[^)]{0,16}\))?\W*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ViewOpening();

    [GeneratedRegex(@"^\W*(?:apply(?:\s+(?:now|here|online))?|apply\s+for\s+(?:the\s+|this\s+)?(?-i:\p{Lu})[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}|postuler|postula(?:r)?(?:\s+ahora)?|candidate-se|inscreva-se(?:\s+aqui)?|inscr[íi]bete|post[úu]late|candidati(?:\s+ora)?|solliciteer(?:\s+nu)?|jetzt\s+bewerben|aplikuj(?:\s+teraz)?|応募する|立即申请)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Apply();

    /// <summary>A title's tail naming its document: a bracket saying the file's kind ("(PDF)", "(PDF, 240KB)", "[Word]",
    /// "(docx)"), after a dash or bar a name of the document ("job description", "job pack", "JD", "person specification",
    /// "role profile", "Stellenausschreibung", "fiche de poste", "descripción del puesto", "vacaturetekst", "bando"), or both.</summary>
    [GeneratedRegex("""
        (?:\s*[–—|-]\s*(?:(?:full\ )?job\ (?:description|pack|profile|advert)|jd|person\ spec(?:ification)?|role\ (?:profile|description)|
        (?:recruitment|application|candidate)\ pack|stellenausschreibung|stellenbeschreibung|fiche\ de\ poste|offre\ compl[eè]te|
        descripci[óo]n\ del\ puesto|bases|vacaturetekst|functieomschrijving|bando|avviso|descri[çc][ãa]o\ da\ vaga|og[łl]oszenie))?
        (?:\s*[(\[]\s*(?:pdf|word|docx?|odt|rtf)(?:\s*[,;]?\s*\d[\d.,]*\s*[kmg]i?b)?\s*[)\]])?\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNote();

    /// <summary>A role's document named after it without a dash ("Staff Attorney announcement", "Paralegal job
    /// description", "Investigator JD", "Juriste fiche de poste", "Sozialarbeiter*in Stellenausschreibung", "Abogado/a
    /// descripción del puesto", "Avvocato bando"), and its file's kind in brackets after that.</summary>
    [GeneratedRegex(@"\s+(?:" + DocumentWords + @")\s*$",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentWord();

    /// <summary>The nouns of a form or a notice, ending a title ("… application form", "… monitoring form", "Formulaire de
    /// candidature", "Formulario de solicitud", "Bewerbungsformular", "Privacy notice").</summary>
    [GeneratedRegex("""
        (?<![\p{L}])(?:form|forms|formulaire|formulario|formul[áa]rio|formular|modulo|modulistica|formulier|formularz|notice|guidance(?:\ notes)?|checklist)(?![\p{L}])|
        bewerbungsformular|anmeldeformular|応募用紙|申込書|报名表|登记表
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex FormOrNotice();

    [GeneratedRegex("""
        (?<![\p{L}])(?:informe|informes|memoria|report|reports|rapport|rapports|relazione|bilancio|relat[óo]rio|relat[óo]rios|verslag|
        jaarverslag|bericht|jahresbericht|t[äa]tigkeitsbericht|sprawozdanie|statut(?:e|en|es|s|o|os)?|estatutos|satzung|bylaws|policy|policies|
        pol[íi]tica|politique|beleid|reglamento|regolamento|reglement|newsletter|bolet[íi]n|brochure|folleto|leaflet)(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Publication();

    [GeneratedRegex(@"\((?:[mwfhdxik]\s*/\s*){1,3}[mwfhdxik]\)|\p{L}/(?:a|as|in|e|ne)\b|\p{L}\((?:a|as|in|e)\)|\p{L}[·.*:](?:e|in|innen|rice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderMarker();

    [GeneratedRegex(@"(?<![\p{L}])(?:senior|junior|sr\.|jr\.|mid[\s-]level|mid(?![\s-]+(?-i:\p{Lu}))|medior|regular|lead|principal|head|chief|s[ée]nior|leitende[r]?|hoofd|capo|jef[ea])(?![\p{L}])|シニア|ジュニア|高级|資深|资深", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seniority();

    [GeneratedRegex(@"(?<![\p{L}])(?:volunteers?|voluntari[oa]s?|b[ée]n[ée]voles?|vrijwilligers?|volontari[oa]?|ehrenamtliche[r]?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VolunteerWord();

    /// <summary>The words of <see cref="Headline"/>, spelled out for <see cref="HeadlineFirstWords"/> too.</summary>
    internal const string HeadlineWords = """
        honou?red|wins?|won|leads|announces?|announced|joins|joined|welcomes?|welcomed|celebrates?|celebrated|freed|exonerated|
        released|receives?|received|named|awarded|meet|says|said|speaks?|spoke|talks?|visits?|visited|launch(?:es|ed)|reflects?|shares?|
        recognized|recognised|honors|life\ of|day\ in\ the|story|stories|spotlight|webinar|podcast|
        bienvenid[oa]s?|conoce|rencontre[zr]?|incontra|maak\ kennis
        """;

    /// <summary>News headlines use verbs a job title never holds ("Paralegal volunteers honored at annual dinner",
    /// "Investigator's work leads to new DNA testing", "Meet our new Staff Attorney").</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:" + HeadlineWords + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    internal static partial Regex Headline();

    /// <summary>The words that end a <see cref="Category"/> after up to three others.</summary>
    internal const string CategoryWords =
        "internships|fellowships|externships|clerkships|volunteers|volunteering|opportunities|programs?|programmes?|positions|openings|vacancies|careers|jobs|pasant[íi]as|voluntariado|becas|stages|tirocini|vacatures|emplois|offres|ehrenamt|b[ée]n[ée]volat|volontariato|vrijwilligerswerk";

    /// <summary>Links to a kind of work rather than to an opening: "Internships", "Fellowship Program", "Volunteer
    /// Opportunities", "Volunteer".</summary>
    [GeneratedRegex(@"^\W*(?:[\p{L}-]+\s+){0,3}(?:" + CategoryWords + @")\W*$|^\W*(?:volunteer|intern|get\s+involved|" + VolunteerSchemes + @")\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Category();

    /// <summary>Public volunteer schemes a page lists beside its openings ("Servizio civile universale", "Service civique",
    /// "Freiwilliges Soziales Jahr", "Maatschappelijke diensttijd", "European Solidarity Corps"): a way in, not an opening.</summary>
    private const string VolunteerSchemes =
        @"servizio\s+civile(?:\s+(?:universale|nazionale))?|service\s+civique|freiwilliges\s+soziales\s+jahr|bundesfreiwilligendienst|maatschappelijke\s+diensttijd|european\s+solidarity\s+corps";

    /// <summary>A programme of some kind of work ("Programme de stages pour élèves-avocats", "Program for Legal Fellows",
    /// "Programma di tirocini") is a way in, not an opening; "Program Manager" names no programme of anything.</summary>
    [GeneratedRegex(@"^\s*(?:programm?e?s?|programa|programma)\s+(?:de|des|d['’]|of|for|di|dei|degli|del|van|voor|f[üu]r|do|da|dla)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgrammeOf();

    [GeneratedRegex(@"^\s*(?:meet|welcome|congratulations|how|why|what|when|who|read|learn|see|our|we|i|you|a|an|the|this|these|there|here|click|apply|join|donate|sign|subscribe|follow|view\s+all|all\s+jobs|back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentenceStart();

    [GeneratedRegex("""
        ^\W*(?:(?:read|lees|lies|lire|leer|leggi|download|t[ée]l[ée]charger|descargar|scarica|herunterladen|baixar)\ (?:the\ |de\ |die\ |la\ |le\ |el\ |il\ |l['’])?(?:full\ |complete\ |volledige\ |ganze\ |vollst[äa]ndige\ |compl[eè]te\ |completa\ )?)?
        (?:read\ more|more|more\ info(?:rmation)?|more\ details|details|full\ details|view|view\ job|view\ details|(?:view|see)\ (?:the\ |this\ )?(?:job\ )?posting|learn\ more|continue\ reading|
        see\ more|(?:full\ )?(?:job\ |position\ )?posting|(?:download\ the\ |t[ée]l[ée]charger\ l['’])(?:job\ )?(?:advert(?:isement)?|offre)|stellenanzeige|(?:full\ )?(?:job|position)\ description|(?:job|application|applicant|candidate|recruitment)\ pack|descripci[óo]n\ del\ puesto|fiche\ de\ poste|descriptif\ du\ poste|description\ du\ poste|(?:description|fiche|profil)\ de\ (?:la\ )?fonction|descrizione\ del\ (?:posto|ruolo)|stellenbeschreibung|(?:funktions|t[äa]tigkeits)beschreibung|functieomschrijving|functiebeschrijving|descripci[óo]n\ de\ funciones|vacaturetekst|leer\ m[áa]s|ver\ m[áa]s|m[áa]s\ info|m[áa]s\ informaci[óo]n|m[áa]s\ detalles|ver\ detalles|ver\ oferta|saber\ mais|ver\ mais|leia\ mais|ler\ mais|mais\ informa[çc][õo]es|ver\ detalhes|detalhes|lire\ la\ suite|en\ savoir\ plus|voir|voir\ l['’]offre|
        leggi|leggi\ tutto|leggi\ di\ pi[ùu]|scopri\ di\ pi[ùu]|dettagli|lees\ meer|lees\ verder|meer\ lezen|meer\ info|meer\ informatie|bekijk|bekijk\ vacature|weiterlesen|mehr|mehr\ erfahren|mehr\ lesen|mehr\ infos?|czytaj\ wi[ęe]cej|dowiedz\ si[ęe]\ wi[ęe]cej|zobacz\ wi[ęe]cej|詳細|詳細を見る|詳しく見る|詳細はこちら|查看详情|查看詳情|详情|詳情|了解更多|阅读更多|閱讀更多|
        l[äa]s\ mer|l[æa]s\ mere|les\ mer|se\ mere?|[čc][íi]st\ (?:d[áa]l|d[áa]le|v[íi]ce)|zobrazit\ (?:v[íi]ce|detail)|
        (?:stellen)?ausschreibung|(?:stellen)?inserat|annonce|(?:scarica\ )?l['’]avviso|avviso\ di\ selezione|scarica\ il\ bando|
        bases\ (?:del\ (?:concurso|llamado|proceso)|de\ la\ convocatoria)|edital(?:\ completo)?|r[èe]glement\ du\ concours)
        (?:\s+(?:about\ this\ (?:job|position|role)|\p{L}+))?(?:\s*\(\s*pdf[^)]{0,16}\))?
        (?:\s+(?:and|&|et|y|e|und|en|och|og)\s+(?:apply|postuler|postular|candidatar(?:se)?|candidarsi|bewerben|solliciteren|ans[öo]k|s[øo]g|s[øo]k))?\W*$
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
