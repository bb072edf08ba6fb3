using System.Text.RegularExpressions;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Employment;

/// <summary>Maps what an ad says about the kind of job ("Full Time, Salaried", "part-time", "Contract", "Internship",
/// schema.org's own "FULL_TIME") to one schema.org employmentType.</summary>
/// <remarks>
/// One value per posting, chosen for what a job seeker filters on:
/// <list type="bullet">
/// <item>Internships and volunteer roles are what they are whatever their hours ("Full-time internship" is INTERN).</item>
/// <item>Hiring as a business (Brazil's "PJ", Argentina's "monotributo", the Dutch "ZZP", a US "1099", a Polish "B2B") is CONTRACTOR whatever
/// its hours: no employment at all.</item>
/// <item>Hours come next (a Swiss or German "Pensum" or "taux d'activité" under 100 % is part time, "100 %" full time; a Belgian "4/5" or "halftijds" a share of the week, so part time, as "0.6 FTE" is (the French "0,8 ETP", the German "0,5 VZÄ"), and "1.0 FTE" full time); 30 hours a week or fewer ("24 uur per week") is part time, 36 or more full time: a fixed-term contract or temporary post that is full time is a full-time job to a seeker
/// ("Full-time, salaried; 24-month contract" is FULL_TIME); when both hours are offered, the first one written wins.</item>
/// <item>A fellowship (a paid, full-time, fixed-term post for a recent graduate, such as a two-year post-graduate legal
/// fellowship) is FULL_TIME: seekers expect it among full-time jobs, not among temp work or internships.</item>
/// <item>An ordinary open-ended job ("Regular", "Permanent", Brazil's "CLT", "contrato indefinido") is FULL_TIME, even
/// where it says "contract", unless it is also temporary.</item>
/// <item>Only then "Contract"/"Contractor"/"Freelance" (CONTRACTOR) and "Temporary"/"Seasonal"/"Fixed-term"/"a termo certo" and
/// a cover for parental leave ("Karenzvertretung", "maternity cover") (TEMPORARY).</item>
/// </list>
/// Anything else gives null rather than a guess; OTHER is kept for an ad that says so.
/// </remarks>
internal static partial class EmploymentTypeMapper
{
    public static string? Map(string? text)
    {
        var cleaned = TextCleaner.Clean(text);
        if (cleaned is null)
        {
            return null;
        }

        if (Intern().IsMatch(cleaned))
        {
            return EmploymentTypes.Intern;
        }

        if (Volunteer().IsMatch(cleaned))
        {
            return EmploymentTypes.Volunteer;
        }

        if (PerDiem().IsMatch(cleaned))
        {
            return EmploymentTypes.PerDiem;
        }

        // Hired as a business, not employed ("PJ, 30 horas semanais", "Monotributo, media jornada", "ZZP, 24 uur"): the
        // hours are the engagement's, not a part-time job's.
        if (SelfEmployed().IsMatch(cleaned))
        {
            return EmploymentTypes.Contractor;
        }

        var fullTime = FullTime().Match(cleaned);
        var partTime = PartTime().Match(cleaned);
        if (fullTime.Success || partTime.Success)
        {
            return !partTime.Success || (fullTime.Success && fullTime.Index < partTime.Index)
                ? EmploymentTypes.FullTime
                : EmploymentTypes.PartTime;
        }

        // "25 Stunden pro Woche", "30 Wochenstunden", "20 h/semaine", "24 uur per week", "40 horas semanais": 30 hours a week or fewer is part time, 36 or
        // more full time; a week between (32, 34 hours) is called either, and a range ("32–36 uur") says neither. A type
        // that is a count of hours alone ("16 uur", "20 Stunden") counts the week's.
        if ((WeeklyHours().Match(cleaned) is { Success: true } stated ? stated : BareHours().Match(cleaned)) is { Success: true } weekly)
        {
            var hours = int.Parse(weekly.Groups["hours"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (hours <= MostPartTimeWeeklyHours)
            {
                return EmploymentTypes.PartTime;
            }

            if (hours >= LeastFullTimeWeeklyHours)
            {
                return EmploymentTypes.FullTime;
            }
        }

        // "4 days a week", "3 Tage/Woche", "4 jours par semaine": fewer than five working days a week is part time.
        if (FewerDaysAWeek().IsMatch(cleaned))
        {
            return EmploymentTypes.PartTime;
        }

        // "24-32 uur", "20–30 Stunden": a range of hours that stays under a full week is part time; one that reaches it
        // ("32–36 uur") says neither.
        if (HoursRange().Match(cleaned) is { Success: true } range
            && int.Parse(range.Groups["low"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) <= MostPartTimeWeeklyHours
            && int.Parse(range.Groups["high"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) < LeastFullTimeWeeklyHours)
        {
            return EmploymentTypes.PartTime;
        }

        if (Fellowship().IsMatch(cleaned))
        {
            return EmploymentTypes.FullTime;
        }

        // "Regular" (Workday's worker type, US public employers), "permanent" and an open-ended employment contract
        // ("Contrato CLT", Brazil's standard contract; "contrato indefinido", Mexico's "por tiempo indeterminado"; "CDI")
        // are an ordinary full job, although they may say "contract"; "temporary, may become permanent" stays temporary.
        if (Regular().IsMatch(cleaned) && !Temporary().IsMatch(cleaned))
        {
            return EmploymentTypes.FullTime;
        }

        // "Contratto a tempo determinato", "contrato temporal": the contract word names the fixed term's contract, not a
        // contractor's.
        var contractor = Contractor().Match(cleaned);
        if (contractor.Success && !(ContractWord().IsMatch(contractor.Value) && Temporary().IsMatch(cleaned)))
        {
            return EmploymentTypes.Contractor;
        }

        if (Temporary().IsMatch(cleaned))
        {
            return EmploymentTypes.Temporary;
        }

        return Other().IsMatch(cleaned) ? EmploymentTypes.Other : null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:regular|permanent|unbefristet|festanstellung|vast(?:\s+contract|e\s+aanstelling)|onbepaalde\s+duur|tempo\s+indeterminato|cdi|contrato\s+indefinido|por\s+tiempo\s+indetermina[dt]o|por\s+tiempo\s+indefinido|efetivo|clt|umowa\s+o\s+prac[ęe]|tillsvidare|tillsvidareanställning|fastanställning|fastansættelse|na\s+dobu\s+neurčitou)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Regular();

    /// <summary>The legal forms of hiring someone as a business rather than as an employee: Brazil's "PJ" (pessoa jurídica),
    /// Argentina's "monotributo", the Netherlands' "ZZP", the US "1099", a Polish "B2B" (a contract between two businesses,
    /// invoiced "netto + VAT"), Uruguay's "arrendamiento de servicios (con factura)", an Italian "partita IVA" or "incarico
    /// libero professionale", a Portuguese "recibos verdes", a French "auto-entrepreneur", a German "freiberuflich" or "auf
    /// Honorarbasis", a Czech "na IČO" or "živnostenský list": the worker invoices.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:pj|pessoa\s+jur[íi]dica|monotribut(?:o|ista)|zzp(?:['’]?er)?|1099|b2b|arrendamiento\s+de\s+servicios|(?:con|contra)\s+factura|partita\s+iva|(?:incarico|rapporto)\s+(?:di\s+lavoro\s+)?libero[\s-]professionale|recibos?\s+verdes?|(?:auto|micro)[\s-]entrepreneur|freiberuflich|auf\s+honorarbasis|na\s+i[čc]o|živnostensk[ýy]\s+list)(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfEmployed();

    [GeneratedRegex(@"(?<![\p{L}])(?:interns?|internships?|pasant[ií]as?|pasantes?|pr[áa]cticas|pr[áa]ctica\s+profesional|practicantes?|judicaturas?|stages?|stagiaires?|stagiairs?|stageplaats|tirocini[oi]|tirocinante|stagista|praktikum|praktikant(?:in)?|practicum|externships?|est[áa]gios?|estagi[áa]ri[oa]s?|sta[żz]|praktyk[ai]|praktykant(?:ka)?)(?![\p{L}])|インターン|实习|實習", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Intern();

    [GeneratedRegex(@"(?<![\p{L}])(?:volunteers?|volunteering|voluntari[oa]s?|voluntariado|b[ée]n[ée]voles?|b[ée]n[ée]volat|volontari[oa]?|volontariato|vrijwilligers?|vrijwilligerswerk|ehrenamt(?:lich)?|freiwillig|unpaid|wolontariat|wolontariusz(?:ka)?)(?![\p{L}])|ボランティア|志愿者|志願者|义工|義工", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Volunteer();

    [GeneratedRegex(@"(?<![\p{L}])per[\s_-]?diem(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerDiem();

    [GeneratedRegex(@"(?<![\p{L}])(?:full[\s_-]?time|ft|tiempo\s+completo|jornada\s+completa|temps\s+(?:plein|complet)|tempo\s+pieno|voltijds?|fulltime|vollzeit|tempo\s+integral|tempo\s+inteiro|tempo\s+completo|per[ií]odo\s+integral|jornada\s+integral|pe[łl]ny\s+etat|pe[łl]en\s+etat|pe[łl]nym\s+etacie|cały\s+etat|heltid|fuldtid|fuld\s+tid|plný(?:\s+úvazek)?|plného\s+úvazku|plný\s+pracovní\s+úvazek)(?![\p{L}])|(?<![\d.,])100\s?%|(?<![\d.,])1(?:[.,]0{1,2})?\s?(?:fte|etp|vzä)(?![\p{L}])|正社員|正職員|常勤|フルタイム|全职|全職|全日制", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullTime();

    [GeneratedRegex(@"(?<![\p{L}])(?:part[\s_-]?time|pt|medio\s+tiempo|tiempo\s+parcial|media\s+jornada|jornada\s+parcial|temps\s+partiel|mi[\s-]temps|part[\s-]?time|tempo\s+parziale|tempo\s+parcial|deeltijds?|halftijds?|parttime|teilzeit|meio\s+per[ií]odo|meio\s+expediente|niepe[łl]ny\s+etat|niepe[łl]nym\s+etacie|cz[ęe][śs][ćc]\s+etatu|p[óo][łl]\s+etatu|[1-9]/[2-9]\s+etatu|minijob|deltid|částečný(?:\s+úvazek)?|částečného\s+úvazku|poloviční(?:\s+úvazek)?|zkrácený(?:\s+úvazek)?)(?![\p{L}])|(?<![\d.,])[1-9]\d?\s?%|(?<![\d/.,])(?:[1-4]/5|[1-3]/4|1/2)(?![\d/])|(?<![\d.,])0?[.,][1-9]\d?\s?(?:fte|etp|vzä)(?![\p{L}])|パートタイム|パート|アルバイト|非常勤|兼职|兼職", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartTime();

    private const int MostPartTimeWeeklyHours = 30;
    private const int LeastFullTimeWeeklyHours = 36;

    [GeneratedRegex(@"(?<![\d.,])(?<!\d\s*[–-]\s*)(?<hours>\d{1,2})(?:[.,]\d)?\s*(?:(?:stunden|std\.|uur|ore|horas|heures|hours|hrs|godzin|h|timer|timmar|tim)\s*(?:(?:pro|per|a|por|par|/|la|na|w|om|i|pr\.)\s*)?(?:woche|week|settimana|semana|semaine|tydzie[ńn]|settimanali|semanais|semanales|hebdomadaires|weekly|tygodniowo|ugen|uge|veckan|vecka|uka|uken|uke)|wochenstunden|wochenstd\.?|wstd\.?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyHours();

    [GeneratedRegex(@"^\s*(?<hours>\d{1,2})(?:[.,]\d)?\s*(?:" + WorkWeek.HourUnits + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHours();

    [GeneratedRegex(WorkWeek.FewerDaysPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FewerDaysAWeek();

    [GeneratedRegex(@"(?<![\d.,])(?<low>\d{1,2})\s*[–-]\s*(?<high>\d{1,2})\s*(?:stunden|std\.|uur|ore|horas|heures|hours|hrs|godzin)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursRange();

    [GeneratedRegex(@"(?<![\p{L}])(?:fellows?|fellowships?|becas?|becari[oa]s?|borsa\s+di\s+studio|borsista)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fellowship();

    [GeneratedRegex(@"(?<![\p{L}])(?:contracts?|contractors?|contractual|freelancer?|consultant|consultancy|contrato|contrat|contratto|freelance|zzp|1099|honorarios|monotribut(?:o|ista)|prestaci[óo]n\s+de\s+servicios|indépendant|independiente|collaborazione|umowa\s+zlecenie|umowa\s+o\s+dzie[łl]o|prestador|aut[ôo]nomo|pj|pessoa\s+jur[íi]dica|presta[çc][ãa]o\s+de\s+servi[çc]os)(?![\p{L}])|契約社員|業務委託|合同工|外包", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contractor();

    [GeneratedRegex(@"^(?:contracts?|contrato|contrat|contratto)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:temporary|temp|seasonal|fixed[\s_-]?term|interim|limited[\s_-]?term|temporal|temporaire|cdd|tempo\s+determinato|tijdelijk|befristet|plazo\s+fijo|int[ée]rim|tempor[áa]rio|prazo\s+determinado|umowa\s+na\s+czas\s+okre[śs]lony|zast[ęe]pstwo|visstid|vikariat|tidsbegrænset|midlertidig|na\s+dobu\s+určitou|(?:contrato\s+)?a\s+termo(?:\s+certo|\s+incerto)?|karenzvertretung|elternzeit-?vertretung|mutterschutzvertretung|mutterschaftsvertretung|maternity\s+(?:leave\s+)?cover|parental\s+leave\s+cover|zwangerschapsvervanging|remplacement\s+(?:d['’]un\s+)?cong[ée]\s+(?:de\s+)?maternit[ée]|sostituzione\s+maternit[àa])(?![\p{L}])|派遣|臨時|临时|短期|任期付き?|有期雇用", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Temporary();

    [GeneratedRegex(@"^other$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Other();
}
