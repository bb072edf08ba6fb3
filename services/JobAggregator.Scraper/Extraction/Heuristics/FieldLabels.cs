using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Normalizer.Dates;
using JobAggregator.Normalizer.Employment;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The words pages put before a field ("Location:", "Closing Date", "Jornada:", "Geplaatst op") and the
/// shapes of the values themselves (an employment type, an amount of money, a date).</summary>
internal static partial class FieldLabels
{
    /// <summary>Longer than any label: a text this long is no label, and its key is not worth making.</summary>
    private const int MaxLabelLength = 64;

    /// <summary>The longest label <see cref="Split"/> takes before a colon, its whitespace before the colon aside.</summary>
    private const int MaxColonLabelLength = 40;

    private static readonly Dictionary<string, FieldKind> Labels = Build(
        (FieldKind.Title, ["job title", "title", "position", "position title", "job", "job opening", "opening", "role", "vacancy", "post", "post title",
            "puesto", "puesto de trabajo", "vacante", "vacantes", "posición", "cargo", "título", "titulo", "vaga", "poste à pourvoir", "job vacancy", "functienaam", "stellentitel", "nazwa stanowiska", "poste", "intitulé", "intitulé du poste", "posizione", "ruolo", "titolo", "oggetto", "figura professionale", "profilo ricercato",
            "functie", "vacature", "functietitel", "stelle", "stellenbezeichnung", "stanowisko", "職種", "募集職種", "职位",
            "职位名称", "職缺", "職缺名稱", "职缺名称", "職稱", "職務名稱", "职务名称", "職名", "岗位", "岗位名称", "função", "funcao",
            "fonction", "intitulé de la fonction", "función", "funcion", "funzione", "funktion"]),
        (FieldKind.Location, ["location", "locations", "job location", "job locations", "work location", "primary location", "office", "city",
            "where", "place of work", "lugar", "ubicación", "ubicacion", "localidad", "lugar de trabajo", "lieu", "localisation",
            "lieu de travail", "ville", "sede", "luogo", "località", "sede di lavoro", "locatie", "plaats", "standplaats", "werklocatie", "plaats van tewerkstelling", "tewerkstellingsplaats",
            "standort", "arbeitsort", "ort", "einsatzort", "dienstort", "local", "local de trabalho", "localização", "localizacao", "cidade", "ciudad", "città", "miasto", "stad",
            "sede de trabajo", "lieu de travail", "miejsce pracy", "lokalizacja", "plats", "placering", "arbetsort", "tjänsteort", "lloc", "lloc de treball", "lloc de feina", "sted", "arbejdssted",
            "arbeidssted", "místo", "místo výkonu", "místo výkonu práce", "místo práce", "pracoviště", "勤務地", "工作地点", "工作地點",
            "lugar de desempeño", "lugar de prestación del servicio", "lugar de prestación de servicios", "local de exercício", "local de prestação de serviço",
            "sede di servizio", "lieu d'affectation", "lieu d’affectation", "duty station", "site", "site de travail", "work site", "worksite"]),
        (FieldKind.EmploymentType, ["type", "job type", "position type", "employment type", "type of employment", "schedule",
            "employment status", "status", "hours", "appointment", "contract", "contract type", "term", "contract term", "position term", "jornada", "tipo", "tipo de contrato",
            "tipo de empleo", "modalidad", "contrat", "type de contrat", "temps de travail", "tipologia", "tipologia contrattuale",
            "impegno", "orario", "horário", "horario", "contratto", "dienstverband", "arbeidsduur", "uren", "soort contract", "beschäftigungsart", "arbeitszeit",
            "umfang", "stellenumfang", "beschäftigungsumfang", "regime", "carga horária", "contrato", "tipo de contrato", "jornada laboral", "contratação", "contratacao", "regime de contratação", "contratación", "tipo de contratación", "contracte", "tipus de contracte", "wymiar", "wymiar etatu", "wymiar czasu pracy", "omfattning", "anställningsform",
            "tjänstgöringsgrad", "arbetstid", "ansættelsesform", "arbejdstid", "stillingsprocent", "stillingsbrøk", "úvazek", "pracovní úvazek", "fte", "werktijdfactor", "wtf",
            "pracovní poměr",
            // The week's hours under their own label, the accent often left out: "Carga horaria: 30 horas semanales".
            "carga horaria", "carga horaria semanal", "carga horária semanal", "dedicación", "dedicacion", "jornada semanal", "jornada de trabajo",
            "horas semanales", "horas por semana", "horas semanais", "jornada de trabalho", "ore settimanali", "orario settimanale",
            "durée hebdomadaire", "durée du travail", "volume horaire", "wochenarbeitszeit", "wöchentliche arbeitszeit", "wochenstunden",
            "uren per week", "aantal uren", "hours per week", "weekly hours",
            "rodzaj umowy", "forma zatrudnienia", "taux d'activité", "taux d’activité", "taux d'occupation", "taux d’occupation",
            "pensum", "arbeitspensum", "beschäftigungsgrad", "grado di occupazione", "beschäftigungsausmaß", "beschäftigungsausmass", "ausmaß", "stundenausmaß",
            "dienstverhältnis", "anstellungsart", "durée du contrat", "statut", "statut d'emploi", "statut d’emploi", "雇用形態", "工作性质", "工作性質",
            "用工形式", "岗位性质", "工作类型", "工作類型", "職缺類別", "职缺类别", "聘用類別", "聘用类别", "僱用類別", "雇用类别",
            // How the post is bound to the employer, as a public or project call's column names it ("Tipo de vinculación:
            // Prestación de servicios", "Vínculo: CLT", "Type d'engagement : CDD", "Vertragsart: befristet").
            "tipo de vinculación", "tipo de vinculacion", "vinculación", "vinculacion", "forma de vinculación", "modalidad de vinculación",
            "modalidad de contratación", "tipo de relación laboral", "vínculo", "vinculo", "tipo de vínculo", "vínculo contratual",
            "modalidade de contratação", "type d'engagement", "type d’engagement", "nature du contrat", "forma contrattuale",
            "tipo di contratto", "rapporto di lavoro", "contractvorm", "soort dienstverband", "vertragsart", "anstellungsverhältnis",
            "engagement type", "employment basis", "contract basis"]),
        (FieldKind.Salary, ["salary", "salary range", "pay", "pay range", "pay rate", "compensation", "wage", "wages", "rate",
            "hourly rate", "annual salary", "starting salary", "sueldo", "salario", "remuneración", "remuneracion", "rémunération",
            "remuneration", "salaire", "retribuzione", "compenso", "stipendio", "ral", "salaris", "beloning", "verloning", "loon", "maandloon", "brutoloon", "brutomaandloon", "jaarloon", "uurloon", "wedde", "gehalt", "lohn", "vergütung",
            "salário", "remuneração", "remuneracao", "bezahlung", "entgelt", "entlohnung", "bruttogehalt", "wynagrodzenie", "lön", "løn", "lønn", "mzda", "plat", "nástupní plat", "給与", "給料", "賃金", "薪资",
            "薪酬", "待遇", "薪资待遇", "薪酬待遇", "薪資", "薪資待遇", "taux horaire", "salaire annuel", "salaire horaire",
            "retribución", "retribucion", "retribució", "sou", "salari", "stipend", "bolsa", "bolsa-auxílio", "bolsa auxílio", "bolsa-auxilio", "bolsa auxilio", "beca", "gratification", "stipendium",
            "rimborso spese", "vergoeding", "stagevergoeding", "widełki", "widełki płacowe", "widełki wynagrodzenia", "stawka", "stawka godzinowa",
            // A trainee's allowance is the pay an internship states ("Indemnité : CHF 2'000.– par mois").
            "indemnité", "indemnité de stage", "entschädigung", "praktikumsentschädigung", "praktikumsvergütung", "ausbildungsvergütung",
            "rimborso", "indennità", "indennità di tirocinio", "indennità mensile", "indennità di partecipazione", "ayuda económica",
            "ayuda economica", "ajuda de custo", "renta",
            // A pay range's own label ("Faixa salarial: R$ 4.500,00 a R$ 5.500,00").
            "faixa salarial", "rango salarial", "banda salarial", "fourchette salariale", "fourchette de salaire", "fascia retributiva",
            "fascia salariale", "salarisschaal", "salarisindicatie", "gehaltsspanne", "gehaltsrahmen", "salary band", "pay band", "widełki płac",
            // A contractor's fee ("Honorarios: $4.500.000 mensuales"), a civil servant's base pay ("Vencimento base:"), an
            // hourly rate ("Valor hora: 17,50 €", "Uurtarief: € 65").
            "honorarios", "honorários", "honoraires", "onorario", "honorar", "vencimento", "vencimento base",
            "salário base", "salario base", "remuneração base", "sueldo base", "valor hora", "valor/hora", "valor por hora",
            "tarifa por hora", "tarifa horaria", "tarif horaire", "tariffa oraria", "compenso orario", "uurtarief", "stundenlohn",
            "stundensatz", "hourly wage"]),
        (FieldKind.DatePosted, ["posted", "posted on", "date posted", "posting date", "posted date", "published", "published on",
            "publication date", "date", "opened", "open date", "opening date", "publicado", "publicado el", "publicada", "publicada el",
            "fecha de publicación", "fecha", "publié", "publié le", "publiée le", "publiée", "date de publication", "pubblicato",
            "pubblicato il", "pubblicata il", "data di pubblicazione", "data de publicação", "data de publicacao", "data", "geplaatst", "geplaatst op", "gepubliceerd",
            "gepubliceerd op", "datum", "veröffentlicht", "veröffentlicht am", "data publikacji", "opublikowano", "publicerad", "publiceret", "publisert", "zveřejněno",
            "datum zveřejnění", "掲載日",
            // Québec and public-service boards date a post by when it was put up ("Date d'affichage : 1er décembre 2026").
            "date d'affichage", "date d’affichage", "affiché le", "affichée le", "date de mise en ligne", "mis en ligne le", "mise en ligne le",
            "date advertised", "ausgeschrieben am", "online seit",
            "发布日期", "发布时间", "刊登日期", "發布日期", "發布時間", "發佈日期", "公告日期", "公告時間", "公告时间"]),
        (FieldKind.ValidThrough, ["closing date", "closes", "closes on", "close date", "closing", "deadline", "application deadline",
            "apply by", "applications due", "apply before", "applications close", "expires", "expiration date", "expiry date",
            "valid through", "unposting date", "end date", "fecha límite", "fecha limite", "fecha de cierre", "cierre",
            "cierre de convocatoria", "cierre de la convocatoria", "termini", "termini de presentació", "data límit", "cierre de postulaciones", "cierre de inscripciones", "fecha límite de postulación",
            "clôture", "clôture des candidatures", "chiusura", "chiusura candidature", "chiusura del bando", "encerramento",
            "encerramento das inscrições", "einsendeschluss", "sluiting", "zamknięcie naboru",
            "postulaciones hasta", "postulaciones hasta el", "plazo", "date limite", "date limite de candidature", "date de clôture",
            "candidatures jusqu'au", "candidatures jusqu’au", "scadenza", "scadenza candidature", "termine", "data di scadenza",
            "sluitingsdatum", "reageren uiterlijk", "reageren voor", "reageren tot", "solliciteren tot", "sollicitatietermijn",
            "solliciteren tot en met", "solliciteren kan tot", "solliciteren kan tot en met", "reageren tot en met", "reageren kan tot en met",
            "kandideren tot en met", "kandideren kan tot en met",
            "bewerbungsfrist", "bewerbungsschluss", "bewerbung bis", "inscrições até", "inscricoes ate", "candidaturas até", "prazo",
            "data limite", "data limite de candidatura", "reageren vóór", "solliciteren vóór", "reageer vóór", "délai de postulation",
            "délai de candidature", "termin zgłoszeń", "termin składania aplikacji", "termin składania ofert", "termin nadsyłania zgłoszeń",
            "termin nadsyłania aplikacji", "termin nadsyłania ofert", "termin aplikacji", "aplikuj do", "sluit op", "solliciteer vóór", "solliciteer voor", "termin składania dokumentów",
            "prazo de candidatura", "candidature avant le", "date limite pour postuler", "date limite pour soumettre sa candidature",
            "date limite d'envoi des candidatures", "date limite d’envoi des candidatures", "deadline to apply", "hasta el", "inscripción hasta", "inscripción hasta el", "inscripciones hasta",
            "inscripciones hasta el", "solicitudes hasta", "solicitudes hasta el", "candidaturas hasta", "candidaturas hasta el", "recibimos cv hasta", "recibimos cv hasta el", "recibimos postulaciones hasta el", "cv hasta el", "envío de cv hasta el",
            "candidature entro", "candidature entro il", "domande entro", "domande entro il", "bewerbungen bis", "cv do", "zgłoszenia do", "sista ansökningsdag", "sista ansökningsdatum",
            "ansök senast", "ansøgningsfrist", "søknadsfrist", "uzávěrka", "uzávěrka přihlášek", "termín podání přihlášek",
            "přihlášky do", "deadline date", "application closing date", "fecha límite de postulación", "fecha de vencimiento",
            "data de encerramento", "data scadenza", "date de fin de candidature", "uiterste datum", "uiterste reactiedatum",
            "einsendeschluss", "bewerbungsende", "data zakończenia", "応募締切", "締切",
            "plazo de postulación", "plazo de postulaciones", "periodo de postulación", "período de postulación", "plazo de inscripción",
            // Plural, as a box of several openings' deadlines is headed ("Dates limites", "Plazos", "Fristen").
            "deadlines", "application deadlines", "closing dates", "fristen", "bewerbungsfristen", "dates limites", "dates limites de candidature",
            "date limite de dépôt", "plazos", "fechas límite", "plazos de postulación", "scadenze", "termini di candidatura", "sluitingsdata",
            "deadlines sollicitaties", "prazos", "datas limite",
            "período de candidaturas", "periodo di candidatura", "période de candidature", "application period", "締め切り", "締切日", "応募締切日", "応募期限", "募集締切", "募集期限", "截止", "申请截止", "申請截止", "申请截止日期", "申請截止日期", "截止日期", "截止时间", "报名截止", "报名截止日期", "报名截止时间", "截止時間", "報名截止", "報名截止日期"]));

    /// <summary>Date labels written without a colon ("Posted on January 22, 2020", "Geplaatst op 4 april 2024"), looked
    /// up by the text before a space (<see cref="Split"/>).</summary>
    private static readonly Dictionary<string, FieldKind> DateLeads = Labels
        .Where(l => l.Value is FieldKind.DatePosted or FieldKind.ValidThrough && l.Key is not ("date" or "data" or "datum" or "fecha"))
        .Select(l => (Label: l.Key, Kind: l.Value))
        .Concat([("posted", FieldKind.DatePosted), ("closes", FieldKind.ValidThrough), ("apply by", FieldKind.ValidThrough)])
        .Distinct()
        .ToDictionary(l => l.Item1, l => l.Item2, StringComparer.Ordinal);

    private static readonly int LongestDateLead = DateLeads.Keys.Max(l => l.Length);

    private static readonly Dictionary<string, FieldKind>.AlternateLookup<ReadOnlySpan<char>> DateLeadKeys =
        DateLeads.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, FieldKind>.AlternateLookup<ReadOnlySpan<char>> LabelKeys =
        Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] LabelEnd = [':', '：', ' '];

    /// <summary>Marks some pages put before each label ("■勤務地：", "・給与：", "• Location:").</summary>
    private static readonly char[] LabelStart = ['■', '□', '●', '○', '◆', '◇', '・', '•', '▪', '▶', '★', '☆', '*', ' '];

    /// <summary>The field a label names, or None: the label with its whitespace collapsed, its colon trimmed and in
    /// lower case, looked up without making the key a string (asked of every line of every block).</summary>
    public static FieldKind KindOf(string? label)
    {
        var key = PlainText.Collapse(label).AsSpan().TrimEnd(LabelEnd).TrimStart(LabelStart);
        // A numbered line's number is no part of its label ("3. 用工形式：", "2) Lugar de trabajo:", "① 勤務地：").
        if (!key.IsEmpty && OutlineSections.MayBeNumbered(key))
        {
            key = OutlineSections.WithoutNumber(key.ToString()).AsSpan().TrimStart(LabelStart);
        }

        if (key.IsEmpty || key.Length > MaxLabelLength)
        {
            return FieldKind.None;
        }

        Span<char> lower = stackalloc char[key.Length];
        key.ToLowerInvariant(lower);
        if (LabelKeys.TryGetValue(lower, out var kind))
        {
            return kind;
        }

        return PayLabelQualified(lower) ? FieldKind.Salary : AlternativesKind(lower);
    }

    /// <summary>The field a label of alternatives names when its parts agree ("Honorarios / salario", "Lugar / sede",
    /// "Plaats/standplaats"): a column heading a contractor's fee and an employee's pay alike; None when a part names
    /// another field or none names one.</summary>
    private static FieldKind AlternativesKind(ReadOnlySpan<char> label)
    {
        if (label.IndexOf('/') < 0)
        {
            return FieldKind.None;
        }

        var agreed = FieldKind.None;
        foreach (var range in label.Split('/'))
        {
            var part = label[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            var kind = LabelKeys.TryGetValue(part, out var known) ? known : PayLabelQualified(part) ? FieldKind.Salary : FieldKind.None;
            if (kind == FieldKind.None || (agreed != FieldKind.None && kind != agreed))
            {
                return FieldKind.None;
            }

            agreed = kind;
        }

        return agreed;
    }

    /// <summary>The words that say which pay a pay label names ("Sueldo mensual", "Salaire brut annuel", "Monthly salary",
    /// "Stipendio lordo (€)"), before or after it.</summary>
    private static readonly string[] PayQualifiers =
        ["monthly", "annual", "yearly", "hourly", "gross", "base", "mensual", "anual", "bruto", "bruta", "neto", "líquido", "liquido", "líquida", "por hora",
            "mensuel", "annuel", "brut", "horaire", "mensile", "annuo", "annua", "lordo", "orario", "maandelijks", "jaarlijks", "bruto per maand",
            "monatlich", "jährlich", "brutto", "mensal", "mensais", "ilíquido", "ilíquidos", "lorda", "anual bruto", "miesięczne", "brutto miesięcznie", "(€)", "(eur)", "(usd)", "($)", "(£)"];

    /// <summary>Whether a pay label names the period of the pay ("Remuneración bruta mensual", "Salaire annuel brut",
    /// "Monthly salary", "Retribuzione mensile", "Maandloon", "Gehalt monatlich", "Salário mensal", "月薪"): the
    /// amount after it often states none.</summary>
    public static bool NamesPayPeriod(string label) => PayPeriodWord().IsMatch(label);

    /// <summary>A pay label with a word of <see cref="PayQualifiers"/> before or after it.</summary>
    private static bool PayLabelQualified(ReadOnlySpan<char> label)
    {
        if (label.IndexOf(' ') < 0)
        {
            return false;
        }

        foreach (var qualifier in PayQualifiers)
        {
            var length = qualifier.Length;
            var rest = label.Length <= length + 1 ? default
                : label.EndsWith(qualifier, StringComparison.Ordinal) && label[^(length + 1)] == ' ' ? label[..^(length + 1)].Trim()
                : label.StartsWith(qualifier, StringComparison.Ordinal) && label[length] == ' ' ? label[(length + 1)..].Trim()
                : default;
            if (!rest.IsEmpty && ((LabelKeys.TryGetValue(rest, out var kind) && kind == FieldKind.Salary) || PayLabelQualified(rest)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A labelled value as a field keeps it: a pay label of several words, or one naming a period, stays beside
    /// its amount ("$1.200.000 (Renta bruta mensual)", "24.000 € (Salario bruto anual)", "€ 3.100 (Maandloon)"), for the
    /// period its words name.</summary>
    public static string ValueUnder(FieldKind kind, string label, string value) =>
        kind == FieldKind.Salary && (label.Contains(' ', StringComparison.Ordinal) || NamesPayPeriod(label)) ? $"{value} ({label})" : value;

    /// <summary>An element its class marks as a field's label ("field__label" in Drupal, "field-label", "views-label"):
    /// it names the field its next sibling holds, with no colon to say so.</summary>
    public static bool IsMarkedLabel(IElement element)
    {
        // Most elements have no class naming a label: the attribute is searched before its list of names is made.
        if (element.ClassName is not { } classes || !classes.Contains("label", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var name in element.ClassList)
        {
            if (name.EndsWith("label", StringComparison.Ordinal)
                && (name.Length == "label".Length || name[^("label".Length + 1)] is '_' or '-'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Label: value", or a date label followed by a date with no colon; None when the text is not labelled.</summary>
    public static (FieldKind Kind, string Label, string Value) Split(string text)
    {
        // Without a colon no label can be split off, and without a digit no date follows a date label.
        if (LabelColonAt(text) is var colon and > 0 && text[..colon] is var label && KindOf(label) is var kind and not FieldKind.None)
        {
            return (kind, WithoutNumber(label.Trim()), text[(colon + 1)..].Trim());
        }

        if (PlaceLead().Match(text) is { Success: true } lead)
        {
            return (FieldKind.Location, lead.Groups["label"].Value, lead.Groups["place"].Value);
        }

        if (!HasDigit(text))
        {
            return (FieldKind.None, "", text);
        }

        // Only the start of the text can hold a date label and the space after it: that much is lowered, not the text.
        // A label ends at a space; the longest label followed by a digit wins, so the spaces are tried from the last.
        Span<char> lower = stackalloc char[Math.Min(text.Length, LongestDateLead + 1)];
        text.AsSpan(0, lower.Length).ToLowerInvariant(lower);
        for (var end = lower.LastIndexOf(' '); end > 0; end = lower[..end].LastIndexOf(' '))
        {
            if (DateLeadKeys.TryGetValue(lower[..end], out var leadKind) && HasDigit(text.AsSpan(end)))
            {
                // A lead written into a sentence goes on after its date ("Solliciteren kan tot en met 20 januari 2027 via …").
                var value = text[end..].Trim();
                return (leadKind, text[..end], LeadingDate().Match(value) is { Success: true } date ? date.Value : value);
            }
        }

        return (FieldKind.None, "", text);
    }

    /// <summary>The date a posted-date line states when the date is all it states ("发布日期：2026-12-01", "Posted: March 3,
    /// 2027"); null for any other line.</summary>
    public static string? PostedDateOnly(string line) =>
        Split(line) is (FieldKind.DatePosted, _, var date) && IsDateOnly(date) ? date : null;

    /// <summary>The label without the number of its line ("3. 薪酬待遇" is "薪酬待遇"), which would otherwise stay beside a
    /// pay label's amount (<see cref="ValueUnder"/>).</summary>
    private static string WithoutNumber(string label) =>
        label.Length > 0 && OutlineSections.MayBeNumbered(label) ? OutlineSections.WithoutNumber(label).TrimStart() : label;

    /// <summary>Where the text's label ends at its first colon, or -1: what <c>^(?&lt;label&gt;[^:：]{1,40}?)\s*[:：]\s*(?&lt;value&gt;\S.*)$</c>
    /// (single line) matches, found without a regular expression's match and groups, asked of every segment of every
    /// block. The label runs to the first colon less the whitespace before it (one character at least, 40 at most) and
    /// the value, after the colon, holds more than whitespace.</summary>
    internal static int LabelColonAt(string text)
    {
        var colon = text.AsSpan().IndexOfAny(':', '：');
        if (colon <= 0 || text.AsSpan(0, colon).TrimEnd().Length > MaxColonLabelLength || text.AsSpan(colon + 1).IsWhiteSpace())
        {
            return -1;
        }

        return colon;
    }

    /// <summary>An employment type at the start of the text ("Full-time", "Part-time (24 hours/week)", "Tempo pieno",
    /// "Parttime, 24–32 uur per week"): the length of the phrase, or 0.</summary>
    public static int EmploymentTypeLength(string text) => EmploymentTypeLength(text.AsSpan());

    /// <inheritdoc cref="EmploymentTypeLength(string)"/>
    public static int EmploymentTypeLength(ReadOnlySpan<char> text)
    {
        // The first match, as Match finds it, without a Match made.
        foreach (var match in EmploymentTypeLead().EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    /// <summary>Hours words anywhere in running text ("is hiring a full-time, salaried ..."); not "volunteer", which
    /// prose uses about other people, nor the full-time basis a pay is quoted for ("€ 2.400 brutto auf Basis Vollzeit",
    /// "£30,000 on a full-time basis", "full-time equivalent", "base temps plein") or its hours ("auf Basis Vollzeit (38
    /// Wochenstunden)", "(Basis 37 WStd.)"), which say nothing of the post's hours.</summary>
    public static string? HoursIn(string text)
    {
        foreach (var match in Hours().EnumerateMatches(text))
        {
            if (!PayBasisBefore().IsMatch(text.AsSpan(0, match.Index)) && !PayBasisAfter().IsMatch(text.AsSpan(match.Index + match.Length)))
            {
                return text.Substring(match.Index, match.Length);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:auf|zur)\s+(?:der\s+)?basis(?:\s+(?:einer|von|eines))?|bezogen\s+auf(?:\s+(?:eine|ein))?|bei|on\s+an?|based\s+on\s+an?|sur\s+(?:la\s+)?base\s+d['’]un|(?:en\s+)?base|op\s+basis\s+van(?:\s+een)?|su\s+base|in\s+base\s+a[dl]?|com\s+base\s+(?:em|num)|en\s+base\s+a|\(\s*basis)\s*(?:(?:vollzeit|full[\s-]?time|temps\s+plein|voltijds?|tempo\s+pieno|tiempo\s+completo)\s*)?\(?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayBasisBefore();

    [GeneratedRegex(@"^[\s-]*(?:basis|equivalent|äquivalent|équivalent|equivalente|equivalência|fte|vzä)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PayBasisAfter();

    /// <summary>What a title says about the kind of job: its hours words ("Office manager (parttime)"), else terms in its
    /// closing brackets that lead with a contract ("Jurist*in (befristet, 100 %)") or name a fellowship ("Legal Fellow
    /// (2-year fellowship)", "(beca de un año)": the normaliser's full-time job for a term), else an intern's word
    /// ("Estagiário(a) de Direito"); null when it says nothing of the kind.</summary>
    public static string? EmploymentTypeInTitle(string title)
    {
        if (HoursIn(title) is { } hours)
        {
            return hours;
        }

        // "Office manager (parttime)", "事務局員（パートタイム）".
        var open = title.AsSpan().LastIndexOfAny('(', '（');
        if (open >= 0 && title.AsSpan(open).IndexOfAny(')', '）') + open is var close and > 0 && close > open
            && NamesKindOfJob(title.AsSpan(open + 1, close - open - 1)))
        {
            return title[(open + 1)..close].Trim();
        }

        return InternIn(title);
    }

    /// <summary>Whether a title's bracketed terms name the kind of job: an employment type ("parttime", "兼职"), hours
    /// only ("30 Std.") or a fellowship's term.</summary>
    public static bool NamesKindOfJob(ReadOnlySpan<char> terms) =>
        EmploymentTypeLength(terms) > 0 || IsHoursOnly(terms) || FellowshipTerm().IsMatch(terms);

    /// <summary>A workload as a share of a full week in a title ("Juristin / Jurist 60–80 %", "Sozialarbeiter*in 50%"),
    /// as Swiss and German ads state the hours; null without one.</summary>
    public static string? WorkloadIn(string title) =>
        title.Contains('%', StringComparison.Ordinal) && Workload().Match(title) is { Success: true } workload ? workload.Value : null;

    /// <summary>A post's share of a full week in running text ("eine Stelle (50 %, Entgeltgruppe E 13)", "eine 75 %-Stelle",
    /// "un poste à 80 %", "un puesto al 50 %", "un posto al 60%", "a position at 80%", "een functie van 80 %", "en 50 %
    /// stilling"): the share, or null; a share of anything else ("80 % der Fälle", "50 % de réduction") is none.</summary>
    public static string? PostWorkloadIn(string text) =>
        text.Contains('%', StringComparison.Ordinal) && PostWorkload().Match(text) is { Success: true } share ? share.Groups["share"].Value : null;

    [GeneratedRegex(@"(?i:(?:stelle|anstellung|(?<![\p{L}])(?:position|post|poste|puesto|plaza|posto|vaga|functie|baan|stilling|tj[äa]nst|pensum|besch[äa]ftigungsumfang|arbeitspensum|taux\s+d['’]activit[ée])))(?![\p{L}])[^.%\d]{0,20}?(?<share>(?<![\d.,])\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s?%)|(?<share>(?<![\d.,])\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s?%)(?:\s*-\s*|\s+)(?i:stelle|stilling|tj[äa]nst)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex PostWorkload();

    [GeneratedRegex(@"(?<![\p{L}])(?:monthly|annual|yearly|hourly|mensual|anual|por\s+hora|mensuel(?:le)?|annuel(?:le)?|horaire|mensile|annu[oa]|orari[oa]|
        maandelijks|jaarlijks|per\s+maand|maand\w*|jaar\w*|uurloon|monatlich|jährlich|monats\w*|jahres\w*|stunden\w*|mensal|miesięczne|miesięcznie|
        månadslön|årslön|timlön|månedsløn|årsløn|timeløn)(?![\p{L}])|月薪|年薪|时薪|時薪|日薪|月給|年収|年俸|時給|日給",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PayPeriodWord();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s?%")]
    private static partial Regex Workload();

    /// <summary>An intern's word in a title ("Estagiário(a) de Direito", "Praktikant*in", "Pasantía en litigio",
    /// "Judicatura ad honorem": a Colombian law graduate's unpaid clerkship): an internship is one whatever its hours.</summary>
    public static string? InternIn(string title) => InternWord().Match(title) is { Success: true } intern ? intern.Value : null;

    /// <summary>A contract's kind named in running text ("Contrato temporal de seis meses en …", "un contratto a tempo
    /// indeterminato", "eine befristete Stelle", "a fixed-term contract"), for prose that names no hours.</summary>
    /// <summary>Words of hiring as a business anywhere in a line ("Contratación como monotributista", "contratação como
    /// pessoa jurídica", "als ZZP'er", "con partita IVA", "en auto-entrepreneur", "freiberuflich", "na IČO"): the kind of
    /// job, whatever hours the line states; null when it states none.</summary>
    public static string? SelfEmployedIn(string text) => SelfEmployed().Match(text) is { Success: true } words ? words.Value : null;

    [GeneratedRegex(@"(?<![\p{L}])(?:monotribut(?:o|ista)|pessoa\s+jur[íi]dica|zzp(?:['’]?er)?|partita\s+iva|recibos?\s+verdes?|(?:auto|micro)[\s-]entrepreneur|freiberuflich|auf\s+honorarbasis|na\s+i[čc]o|živnostensk[ýy]\s+list)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SelfEmployed();

    public static string? ContractIn(string text) =>
        text.AsSpan().ContainsAny(ContractStems) && ContractTerm().Match(text) is { Success: true } term ? term.Value : null;

    private static readonly SearchValues<string> ContractStems = SearchValues.Create(["contra", "befrist", "cdi", "cdd"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""
        (?<![\p{L}])(?:contrat[oa]?\ (?:indefinido|temporal|por\ tiempo\ indefinido|de\ duraci[óo]n\ determinada|[àa]\ dur[ée]e\ (?:in)?d[ée]termin[ée]e)|
        contratto\ a\ tempo\ (?:in)?determinato|(?:un)?befristete[rns]?\ (?:stelle|vertrag|anstellung|arbeitsvertrag)|
        (?:vast|tijdelijk)\ contract|(?:fixed[\s-]term|permanent)\ contract|en\ cdi|en\ cdd)(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ContractTerm();

    /// <summary>Hours words at the start of the text ("30 Std./Woche", "Teilzeit"): their length, or 0.</summary>
    public static int HoursLength(ReadOnlySpan<char> text)
    {
        foreach (var match in Hours().EnumerateMatches(text))
        {
            return match.Index == 0 ? match.Length : 0;
        }

        return 0;
    }

    /// <summary>A share of a full week at the start of the text, as a fraction ("4/5e", "4/5e temps", "4/5de", "1/2"), a percentage
    /// ("80 %", "60–80 %"), full-time equivalents ("0.6 FTE", "1.0 FTE") or a number of hours ("20 hours", "30 Std."): its
    /// length, or 0.</summary>
    public static int WorkShareLength(ReadOnlySpan<char> text)
    {
        foreach (var match in WorkShare().EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    /// <summary>Whether the text states the hours: hours words anywhere ("Teilzeit", "mi-temps") or a share of a full
    /// week at its start ("4/5e temps", "80 %", "0.6 FTE").</summary>
    public static bool StatesWorkload(string text) => HasHours(text) || WorkShareLength(text) > 0;

    /// <summary>Whether the text is a share of the week (<see cref="WorkShareLength"/>) and nothing else but the same
    /// restated in brackets ("0.8 FTE (32 hours)", "32 hours (0.8 FTE)", "80 %", "4/5e (30,4 h)").</summary>
    public static bool IsWorkShareOnly(ReadOnlySpan<char> text)
    {
        var length = WorkShareLength(text);
        if (length == 0)
        {
            return false;
        }

        var rest = text[length..].Trim();
        return rest.IsEmpty || (rest[0] == '(' && rest.IndexOf(')') == rest.Length - 1);
    }

    [GeneratedRegex(@"^(?:[1-4]/5(?:e|de|[èe]mes?)?(?:\s+(?:temps|time|tijds?))?|[1-3]/4|1/2|\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s?%|[01]?[.,]\d{1,2}\s?FTE|1\s?FTE|\d{1,2}(?:[.,]5)?\s?(?:hours|hrs|stunden|std\.|uur|heures|ore|horas|godzin))(?![\p{L}\d/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkShare();

    /// <summary>Whether <see cref="HoursIn"/> finds hours words in the text.</summary>
    public static bool HasHours(ReadOnlySpan<char> text) => Hours().IsMatch(text);

    /// <summary>An amount of money: a currency beside a number. Both shapes hold a digit, which is looked for first.</summary>
    public static bool HasMoney(string text) => HasMoney(text.AsSpan());

    /// <inheritdoc cref="HasMoney(string)"/>
    public static bool HasMoney(ReadOnlySpan<char> text) => HasDigit(text) && Money().IsMatch(text);

    public static bool HasDigit(string text) => HasDigit(text.AsSpan());

    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A "Label: value" for place, pay, hours or a date anywhere in the text.</summary>
    public static bool HasJobLabel(string text)
    {
        // Every label ends at a colon: a text without one has none.
        if (text.AsSpan().IndexOfAny(':', '：') < 0)
        {
            return false;
        }

        foreach (Match match in InlineLabel().Matches(text))
        {
            if (KindOf(match.Groups["label"].Value) is not (FieldKind.None or FieldKind.Title))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasDate(string text) => HasDigit(text) && DateShape().IsMatch(text);

    /// <summary>Whether the text is a date and nothing else ("2024-11-04", "04.11.2024", "4 November 2024", "15 de dez. de 2026",
    /// "2024年11月4日").</summary>
    public static bool IsDateOnly(string text) => text.Length <= 24 && HasDigit(text) && DateOnly().IsMatch(text);

    /// <summary>A day and a month's name alone, without a year ("2 déc.", "20. Nov.", "Nov 20", "3 de dic."), as a job
    /// board's row shows a recent date; the page's own dates give its year (<see cref="YearlessOpeningDates"/>).</summary>
    public static bool IsYearlessDateOnly(string text) =>
        text.Length <= 16 && HasDigit(text) && YearlessDateOnly().Match(text) is { Success: true } date
        && int.Parse(date.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) is >= 1 and <= 31
        && MonthNames.Find(date.Groups["m"].Value) is not null;

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})\.?\s*(?:de\s+)?(?<m>\p{L}{3,10})\.?|(?<m>\p{L}{3,10})\.?\s+(?<d>\d{1,2}))$", RegexOptions.CultureInvariant)]
    private static partial Regex YearlessDateOnly();

    private static Dictionary<string, FieldKind> Build(params (FieldKind Kind, string[] Labels)[] groups)
    {
        var labels = new Dictionary<string, FieldKind>(StringComparer.Ordinal);
        foreach (var (kind, names) in groups)
        {
            foreach (var name in names)
            {
                labels.TryAdd(name, kind);
            }
        }

        return labels;
    }

    [GeneratedRegex(@"(?<label>[\p{L}][\p{L} '’]{1,30}?)\s*[:：]\s*\S")]
    private static partial Regex InlineLabel();

    /// <summary>A place label written without its colon, then the town up to the clause's end ("Standort Hamburg, befristet
    /// auf zwei Jahre", "Sede di Milano.", "Lieu Lyon 3e ·"): the label, then capitalised words only.</summary>
    [GeneratedRegex(@"^(?<label>(?i:standort|dienstort|einsatzort|arbeitsort|sede(?:\s+di(?:\s+lavoro)?)?|lieu(?:\s+de\s+travail)?|ubicaci[óo]n|locatie|location))\s+(?<place>\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}(?:\s+\d{1,2}e)?(?:\s*\([^)]{1,30}\))?)\s*(?=[,.;]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceLead();

    [GeneratedRegex("""
        ^(?:full[\s-]?time|part[\s-]?time|fulltime|parttime|voltijd|deeltijd|tempo\ pieno|tempo\ parziale|tiempo\ completo|tiempo\ parcial|
        medio\ tiempo|media\ jornada|jornada\ completa|temps\ plein|temps\ partiel|temps\ complet|mi-temps|cdi|cdd|internship|intern|volunteer|volunteering|
        vrijwilligerswerk|vrijwilliger|voluntariado|voluntario|b[ée]n[ée]volat|volontariato|stage|pr[áa]cticas|pasant[íi]a|tirocinio|
        contract|contractor|temporary|temporal|temporaire|tempor[áa]rio|tijdelijk|interim|seasonal|casual|per\ diem|fixed[\s-]term|freelance|vollzeit|teilzeit|ehrenamt(?:lich)?|
        voltijds|deeltijds|halftijds|tempo\ inteiro|tempo\ completo|tempo\ integral|tempo\ parcial|meio\ per[íi]odo|est[áa]gio|werkstudent(?:in)?|minijob|befristet|unbefristet|
        cdd|alternance|apprentissage|contratto\ a\ tempo\ (?:in)?determinato|tempo\ (?:in)?determinato|
        collaborazione(?:\ con\ partita\ iva)?|umowa\ o\ prac[ęe]|umowa\ zlecenie|umowa\ o\ dzie[łl]o|pe[łl]ny\ etat|pe[łl]en\ etat|niepe[łl]ny\ etat|cz[ęe][śs][ćc]\ etatu|
        monotribut(?:o|ista)|(?:contrato\ (?:de\ |a\ |por\ )?)?(?:honorarios|prestaci[óo]n\ de\ servicios|presta[çc][ãa]o\ de\ servi[çc]os)|recibos?\ verdes?|pj|zzp(?:'er)?|(?:kontrakt\ |umowa\ )?b2b|
        heltid|deltid|fuldtid|visstid(?:sanst[äa]llning)?|tillsvidare(?:anst[äa]llning)?|fastanst[äa]llning|fastans[æa]ttelse|tidsbegr[æa]nset|pln[ýy]\ [úu]vazek|[čc][áa]ste[čc]n[ýy]\ [úu]vazek|zkr[áa]cen[ýy]\ [úu]vazek|
        任期付き?|有期雇用|全职|全職|兼职|兼職|实习|實習|正社員|正職員|契約社員|非常勤|常勤|フルタイム|パート(?:タイム)?|アルバイト)
        (?![\p{L}])(?:\s*\([^)]*\))?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex EmploymentTypeLead();

    [GeneratedRegex(@"(?<![\p{L}])(?:full[\s-]?time|part[\s-]?time|fulltime|parttime|voltijd|deeltijd|tempo\s+pieno|tempo\s+parziale|tiempo\s+completo|tiempo\s+parcial|medio\s+tiempo|media\s+jornada|jornada\s+completa|temps\s+plein|temps\s+partiel|mi-temps|vollzeit|teilzeit|voltijds|deeltijds|halftijds|tempo\s+inteiro|tempo\s+completo|tempo\s+integral|tempo\s+parcial|meio\s+per[íi]odo|per[íi]odo\s+integral|pe[łl]ny\s+etat|pe[łl]en\s+etat|niepe[łl]ny\s+etat|cz[ęe][śs][ćc]\s+etatu|heltid|deltid|fuldtid|pln[ýy]\s+[úu]vazek|[čc][áa]ste[čc]n[ýy]\s+[úu]vazek|zkr[áa]cen[ýy]\s+[úu]vazek)(?![\p{L}])|全职|全職|兼职|兼職|正社員|正職員|非常勤|常勤|フルタイム|パートタイム|パート|アルバイト|(?<![\p{L}])(?:regime\s+)?clt(?![\p{L}])|(?<![\d.,])(?<!\d\s*[–-]\s*)\d{1,2}(?:[.,]\d)?\s*(?:(?:stunden|std\.|uur|ore|horas|heures|hours|hrs|godzin|u|timer|timmar|tim)\s*(?:(?:pro|per|a|por|par|/|la|na|w|om|i|pr\.)\s*)?(?:woche|week|settimana|semana|semaine|tydzie[ńn]|settimanali|semanais|semanales|hebdomadaires|weekly|ugen|uge|veckan|vecka|uka|uken|uke)|wochenstunden|wochenstd\.?|wstd\.?)(?![\p{L}])|" + WorkWeek.FewerDaysPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    /// <summary>A fellowship's word ("2-year fellowship", "beca de un año", "borsa di studio di 12 mesi").</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:fellowships?|becas?|borsa\s+di\s+studio)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FellowshipTerm();

    /// <summary>Whether the text is a count or range of hours and nothing else, as one fact of a line of facts ("16 uur |
    /// Utrecht | …", "24 uur per week", "20 Stunden pro Woche", "30 heures par semaine", "20 horas semanales") or a
    /// title's bracket ("Office manager (24 uur)", "Casemanager (24-32 uur)", "Juristin (20 Wochenstunden)") states the
    /// week's hours, with or without saying "per week".</summary>
    public static bool IsHoursOnly(ReadOnlySpan<char> text) => HasDigit(text) && HoursOnly().IsMatch(text);

    /// <summary>Whether the text states hours: hours words, or a count or range of hours alone.</summary>
    public static bool StatesHours(string text) => HasHours(text) || IsHoursOnly(text);

    [GeneratedRegex(@"^\s*\d{1,2}(?:[.,]\d)?(?:\s*[–-]\s*\d{1,2}(?:[.,]\d)?)?\s*(?:" + WorkWeek.HourUnits + @"|wochenstunden|wochenstd\.?|wstd\.?)"
        + @"(?:\s*(?:(?:per|pro|par|por|a\s+la|a|la|alla|/|w|na|in\s+der)\s*)?(?:week|woche|semaine|semana|settimana|tydzie[ńn])|\s+(?:semanales|semanais|settimanali|hebdomadaires|w[öo]chentlich|tygodniowo|weekly))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursOnly();

    /// <remarks>A title that starts "Stage" and goes on in French words ("Stage juridique", "Stage de six mois") names an
    /// internship; "Stage Manager" names no intern.</remarks>
    [GeneratedRegex(@"(?<![\p{L}])(?:interns?|internships?|est[áa]gios?|estagi[áa]ri[oa]s?(?:\(a\))?|praktikum|praktikant(?:in|en|innen)?|tirocini[oi]|tirocinant[ei]|stagiaires?|stagiairs?|stagist[ai]|praktykant(?:ka|ki)?|becari[oa]s?|pr[áa]cticas|pr[áa]ctica\s+profesional|pasant[ií]as?|pasantes?|judicaturas?|sta[żz]ysta|sta[żz]ystka)(?![\p{L}])|实习|實習|インターン|^\s*stage(?=\s+(?:(?-i:\p{Ll}{4,})|de|d['’]|en|au|à|[–—-]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternWord();

    [GeneratedRegex(@"(?:[$€£¥₹₱]|\$U|U\$S|(?<![\p{L}])S/\.?|\b(?:USD|EUR|GBP|CAD|AUD|NZD|ZAR|ARS|MXN|COP|CLP|PEN|BRL|CHF|TWD|JPY|INR|SEK|DKK|NOK|CZK|UYU|R|RAL|US\$|CA\$|A\$)\s?)\s?\d|(?<![\d.,])\d{1,3}\s?[kK]?\s?[-–~]\s?\d{1,3}\s?[kK](?![\p{L}])|\d[\d.,  ]*\s?(?:(?:[kK]|tys\.)\s?)?(?:[$€£]|euros?|dollars?|pesos|z[łl](?![\p{L}])|kr\.?(?![\p{L}])|k[čc](?![\p{L}])|(?:SEK|DKK|NOK|CZK)(?![\p{L}])|元|円)|\d-(?:euros?|dollars?)(?![\p{L}])|(?:月薪|时薪|日薪|年薪|月給|時給|日給|年収)\s?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}\.?\s+\p{L}{3,}\.?\s+\d{4}\b|\b\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    private const string DateShapes = @"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?\s+(?:de\s+)?\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日";

    [GeneratedRegex("^(?:" + DateShapes + ")$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    /// <summary>A date at the start of a text that goes on after it in other words ("20 januari 2027 via …").</summary>
    [GeneratedRegex(@"^(?:" + DateShapes + @")(?=\s+\p{L}|\s*[,.;(]\s*\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDate();
}
