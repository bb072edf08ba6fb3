using System.Buffers;
using System.Text.RegularExpressions;
using JobAggregator.Normalizer.Dates;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Fields stated in running text rather than beside a label: "Salary: $36,000+ per year" inside a paragraph,
/// "in Atlanta, GA", "em Recife (PE)", "in our Phoenix, Arizona office", "to join our Seattle office", "our team in
/// Leeds", "working in Northern Illinois", "apply ... by April 30, 2024", "candidaturas hasta el 10 de enero de 2027".</summary>
internal static partial class ProseFields
{
    /// <summary>The place, pay, closing date and hours the texts state, each from the first text stating it, read in one
    /// pass over the texts and only for the fields <paramref name="known"/> leaves empty.</summary>
    public static PostingDraft FirstIn(IEnumerable<string> texts, PostingDraft known)
    {
        string? location = null, salary = null, closing = null, hours = null, yearless = null;
        var needLocation = known.Location is null;
        var needSalary = known.SalaryText is null;
        var needClosing = known.ValidThrough is null;
        var needHours = known.EmploymentType is null;
        foreach (var text in texts)
        {
            if (!(needLocation || needSalary || needClosing || needHours))
            {
                break;
            }

            if (needLocation && Location(text) is { } place)
            {
                (location, needLocation) = (place, false);
            }

            if (needSalary && Salary(text) is { } pay)
            {
                (salary, needSalary) = (pay, false);
            }

            if (needClosing && ClosingDate(text) is { } date)
            {
                (closing, needClosing) = (date, false);
            }

            if (needHours && (FieldLabels.HoursIn(text) ?? FieldLabels.PostWorkloadIn(text)) is { } words)
            {
                (hours, needHours) = (words, false);
            }

            if (needClosing && yearless is null)
            {
                yearless = YearlessClosingDate(text);
            }
        }

        // A day and month with no year is the closing date only where no text states a whole one.
        return new PostingDraft { Location = location, SalaryText = salary, ValidThrough = closing ?? yearless, EmploymentType = hours };
    }

    /// <summary>A place written as a sentence of its own among an excerpt's facts ("Posted 12/3/26. New Orleans, LA.
    /// Full-time.", "Jackson, MS, with travel across the state.", "Parramatta, NSW (hybrid).", "Gatineau (Québec). Temps
    /// plein."): a town and its region's code or bracketed name, then at most a bracketed way of working, or a clause
    /// after a comma, which is left out; null when no sentence is one.</summary>
    public static string? PlaceSentence(string text)
    {
        if (!text.Contains(". ", StringComparison.Ordinal))
        {
            return null;
        }

        // "Full-time (Permanent)." has a place's shape.
        for (var match = TownSentence().Match(text); match.Success; match = match.NextMatch())
        {
            var place = match.Groups["place"].Value;
            if (FieldLabels.EmploymentTypeLength(place) == 0 && BlockFields.LooksLikePlace(place))
            {
                return place;
            }
        }

        return null;
    }

    public static string? Salary(string text)
    {
        // A labelled salary has a colon, an amount of money a digit: most of a page's prose has neither.
        var colon = text.AsSpan().IndexOfAny(':', '：') >= 0;
        if (!colon && !FieldLabels.HasDigit(text))
        {
            return null;
        }

        var labelled = colon ? LabelledSalary().Match(text) : Match.Empty;
        if (labelled.Success)
        {
            return labelled.Groups["value"].Value.Trim();
        }

        // The first sentence holding money, if it has no more than 20 words (19 spaces); in a longer one, its first
        // clause holding money ("La rémunération est de 1 950 € brut par mois, avec …", "… Verwendungsgruppe 8; das
        // monatliche Mindestentgelt beträgt € 3.623,70 brutto …").
        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            var sentence = Sentence(text.AsSpan(range));
            if (!sentence.IsEmpty && FieldLabels.HasMoney(sentence))
            {
                return sentence.Count(' ') < MaxSalarySpaces ? sentence.ToString() : MoneyClause(sentence);
            }
        }

        return null;
    }

    private const int MaxSalarySpaces = 20;

    /// <summary>Where a long sentence's clauses part: a comma or a semicolon before a space (a comma inside an amount,
    /// "3.623,70", parts nothing), or their full-width kin.</summary>
    [GeneratedRegex(@"[,;] |[，；]")]
    private static partial Regex ClauseBreak();

    private static string? MoneyClause(ReadOnlySpan<char> sentence)
    {
        foreach (var range in ClauseBreak().EnumerateSplits(sentence))
        {
            var clause = sentence[range].Trim();
            if (FieldLabels.HasMoney(clause))
            {
                return clause.Count(' ') < MaxSalarySpaces ? clause.ToString() : null;
            }
        }

        return null;
    }

    public static string? Location(string text)
    {
        // Each English pattern is asked only of a text holding a word or mark every match of it holds: most paragraphs
        // of a page name no office, no state after a comma and no place of work.
        var span = text.AsSpan();
        if (span.ContainsAny(OfficeWordsInEnglish) && Office().Match(text) is { Success: true } office)
        {
            return office.Groups["place"].Value;
        }

        var comma = span.Contains(',');
        if ((comma || span.Contains('(')) && CityAndState().Match(text) is { Success: true } cityState)
        {
            return cityState.Groups["place"].Value;
        }

        if (comma && CityRegionCountry().Match(text) is { Success: true } threeParts)
        {
            return threeParts.Groups["place"].Value;
        }

        if (span.ContainsAny(WorkWords) && WorkedIn().Match(text) is { Success: true } workedIn)
        {
            return workedIn.Groups["place"].Value;
        }

        // Only a text naming a post, an office or a place of work in another language is read for one.
        if (text.AsSpan().ContainsAny(PostNouns) && PostIn().Match(text) is { Success: true } postIn
            && FieldLabels.EmploymentTypeLength(postIn.Groups["place"].Value) == 0 && !AbstractNounEnd().IsMatch(postIn.Groups["place"].Value))
        {
            return postIn.Groups["place"].Value;
        }

        if (!MayNameOffice(text))
        {
            return KnownTownAlone(text) ?? TownOfPost(text);
        }

        var ourOffice = OurOfficeIn().Match(text);
        if (ourOffice.Success)
        {
            return ourOffice.Groups["place"].Value;
        }

        var cjk = CjkPlaceOfWork().Match(text);
        if (cjk.Success)
        {
            return cjk.Groups["place"].Value;
        }

        var inSentence = CjkPlaceInSentence().Match(text);
        return inSentence.Success ? inSentence.Groups["place"].Value : KnownTownAlone(text) ?? TownOfPost(text);
    }

    /// <summary>The known town after "in", "à", "en", "em", "a", "te" or "op" in a sentence naming the post or its count of
    /// hours ("eine Stelle (50 %, Entgeltgruppe E 13 TV-L) in Kassel befristet …", "9 Stunden pro Woche in Kassel, Vergütung
    /// …", "A post of 21 hours a week in Leeds, …"); null when no such sentence names one. "Part-time" alone is no post:
    /// "Our part-time volunteers meet in Leeds."</summary>
    private static string? TownOfPost(string text)
    {
        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            var sentence = text.AsSpan(range);
            if ((sentence.ContainsAny(PostNouns) || FieldLabels.HoursIn(sentence.ToString()) is [>= '0' and <= '9', ..]) && KnownTownAfterPreposition(sentence.ToString()) is { } town)
            {
                return town;
            }
        }

        return null;
    }

    /// <summary>The first town the normaliser's gazetteer knows after "in", "à", "en", "em", "a", "te", "op" or "i", or "am
    /// Standort" ("Wissenschaftliche Hilfskraft in Kassel", "Paralegal in Leeds", "Juriste à Lyon", "Abogado/a en Sevilla",
    /// "Avvocato a Milano", "Advogado em Recife", "Jurist in Utrecht", "am Standort Kassel"), in up to three capitalised
    /// words; null when no known town follows one. Only a town known by name is read: a capitalised noun after "in" is
    /// German prose ("in Teilzeit", "in Absprache"); a town before "und", "and", "et" … names an area or several places
    /// ("in Bern und Umgebung"), left to the rules that read a list of places.</summary>
    public static string? KnownTownAfterPreposition(string text)
    {
        for (var match = TownAfterPreposition().Match(text); match.Success; match = match.NextMatch())
        {
            var words = match.Groups["town"].Value.Split(' ');
            for (var count = words.Length; count > 0; count--)
            {
                var name = string.Join(' ', words, 0, count);
                if (Gazetteer.Find(name, null) is not null)
                {
                    return name;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:in|à|en|em|a|te|op|i|am\s+Standort)\s+(?<town>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}'’-])(?!\s+(?:und|and|et|y|e|en|og|och|o|oder|or|ou|of)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex TownAfterPreposition();

    /// <summary>A town the normaliser's gazetteer knows, standing alone as a sentence ("A two-year fellowship. Salt Lake
    /// City. $65,000 per year.") or as a comma part whose other parts are the job's hours ("Full-time, Salt Lake City
    /// (hybrid)."), with a bracket after it ("(hybrid)") kept, or closing a sentence of the job's terms ("CDD de 12 mois à
    /// temps partiel (24 h par semaine) à Aix-en-Provence.", "Teilzeit, befristet, in Graz."); null when no short
    /// sentence is such.</summary>
    private static string? KnownTownAlone(string text)
    {
        const int MaxSpaces = 6;
        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            var sentence = Sentence(text.AsSpan(range));
            if (!sentence.IsEmpty && TownAfterTerms(sentence.ToString()) is { } closing)
            {
                return closing;
            }

            if (sentence.IsEmpty || sentence.Count(' ') > MaxSpaces)
            {
                continue;
            }

            string? town = null;
            var others = true;
            foreach (var part in sentence.Split(','))
            {
                var piece = sentence[part].Trim();
                var bracket = piece.IndexOf('(');
                var name = (bracket > 0 ? piece[..bracket] : piece).TrimEnd();
                if (town is null && !name.IsEmpty && char.IsUpper(name[0]) && Gazetteer.Find(name.ToString(), null) is not null)
                {
                    town = piece.ToString();
                }
                else if (FieldLabels.EmploymentTypeLength(piece) != piece.Length)
                {
                    others = false;
                    break;
                }
            }

            if (town is not null && others)
            {
                return town;
            }
        }

        return null;
    }

    /// <summary>The known town a short sentence opening with the job's hours or contract ends in after
    /// "à", "in", "en", "a", "em" or "te"; null for any other sentence.</summary>
    private static string? TownAfterTerms(string sentence) =>
        sentence.Length <= MaxTermsSentence && TownAtEnd().Match(sentence) is { Success: true } match
            && sentence[..match.Index] is var terms
            && (FieldLabels.EmploymentTypeLength(terms) > 0 || (FieldLabels.ContractIn(terms) is { } contract && terms.StartsWith(contract, StringComparison.OrdinalIgnoreCase)))
            && Gazetteer.Find(match.Groups["town"].Value, null) is not null
            ? match.Groups["town"].Value
            : null;

    private const int MaxTermsSentence = 120;

    [GeneratedRegex(@",?\s+(?:à|in|en|a|em|te)\s+(?<town>\p{Lu}[\p{L}'’]+(?:[\s-]\p{Lu}?[\p{L}'’]+){0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex TownAtEnd();

    /// <summary>Where the text says the work is ("based in Portland, Oregon", "working in Northern Illinois", "in our
    /// Nashville office"), the two patterns <see cref="Location"/> asks that are worded plainly enough for a short line.</summary>
    public static string? PlaceOfWork(string text) =>
        text.AsSpan().ContainsAny(OfficeWordsInEnglish) && Office().Match(text) is { Success: true } office ? office.Groups["place"].Value
        : text.AsSpan().ContainsAny(WorkWords) && WorkedIn().Match(text) is { Success: true } workedIn ? workedIn.Groups["place"].Value
        : null;

    /// <summary>The place a list's lead-in names for every opening it lists ("We are hiring for the following positions in
    /// Austin, Texas:", "Postes à pourvoir à Lyon :", "Vacatures in Gent:"); null for any other text.</summary>
    public static string? ListIntroPlace(string text) =>
        text.AsSpan().TrimEnd().EndsWith(":") && ListIntro().Match(text) is { Success: true } intro ? intro.Groups["place"].Value : null;

    [GeneratedRegex(@"(?i:\b(?:positions?|openings?|roles?|vacanc(?:y|ies)|posts?|postes?(?:\s+à\s+pourvoir)?|puestos?|plazas?|vacantes|posizioni|vacatures?|stellen|vagas)\b)[^:.]{0,30}?\s(?:in|at|à|en|a|em|te|op)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2}(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?)\s*:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListIntro();

    /// <summary>The place of the office a short text names ("Cerchiamo un avvocato penalista per la sede di Roma", "Jurist*in
    /// für unser Büro in Berlin", "Paralegal for our Chicago office", "Juriste pour notre bureau de Lyon"), as a title
    /// may; null when it names none.</summary>
    public static string? OfficePlace(string text) =>
        text.AsSpan().ContainsAny(OfficeWordsInEnglish) && Office().Match(text) is { Success: true } office ? office.Groups["place"].Value
        : MayNameOffice(text) && OurOfficeIn().Match(text) is { Success: true } ours ? ours.Groups["place"].Value
        : null;

    /// <summary>The words one of which every match of <see cref="Office"/> holds (a case-sensitive pattern).</summary>
    private static readonly SearchValues<string> OfficeWordsInEnglish = SearchValues.Create(["office", "headquarters"], StringComparison.Ordinal);

    /// <summary>The words one of which every match of <see cref="WorkedIn"/> holds (a case-sensitive pattern).</summary>
    private static readonly SearchValues<string> WorkWords = SearchValues.Create(["work", "based", "located", "asé", "sede", "Sitz", "gevestigd"], StringComparison.Ordinal);

    private static bool MayNameOffice(string text) =>
        text.Contains("工作地", StringComparison.Ordinal) || text.Contains("勤務地", StringComparison.Ordinal)
        || OfficeWords.MayHold(text);

    /// <summary>The words of <see cref="OurOfficeIn"/>'s offices and teams, which a text must hold for the pattern to be run.</summary>
    private const string OfficeNouns = "office|team|bureau|locaux|antenne|permanence|si[èe]ge|[ée]quipe|oficina|sede|delegaci[óo]n|equipo|equipa|ufficio|squadra|b[üu]ro|gesch[äa]ftsstelle|beratungsstelle|sitz|standort|kantoor|vestiging|escrit[óo]rio|gabinete";

    /// <summary>The nouns of an organisation's seat or office (no team), which <see cref="OurOfficeIn"/> reads after a
    /// determiner that is not "our" ("para su sede de Madrid", "per la sede di Roma", "pour le bureau de Lyon").</summary>
    private const string SeatNouns = "sede|oficina|ufficio|bureau|b[üu]ro|office|kantoor|escrit[óo]rio|si[èe]ge|standort";

    private static readonly KeyWords OfficeWords = new(PatternWords.Of(OfficeNouns).Where(w => w.All(char.IsLetter)));

    public static string? ClosingDate(string text)
    {
        // Every date shape these read holds a digit.
        if (!FieldLabels.HasDigit(text))
        {
            return null;
        }

        // "Inscrições: de 7 a 18 de dezembro de 2026": an application period closes on its second date.
        if (ApplicationPeriod.EndInProse(text) is { } end)
        {
            return end;
        }

        var labelled = ClosingLabel().Match(text);
        if (labelled.Success)
        {
            return labelled.Groups["date"].Value;
        }

        // "请于2024年5月31日前", "2024年5月20日（月）必着", "2027年1月10日17:00前": a CJK date before "by".
        if (text.Contains('年', StringComparison.Ordinal) && CjkDateBefore().Match(text) is { Success: true } cjk)
        {
            return cjk.Groups["date"].Value;
        }

        // The date holds a digit: a sentence without one is not asked the patterns, which start at every "apply" and
        // "until". The text is split once for both.
        List<Range>? dated = null;
        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            if (FieldLabels.HasDigit(text.AsSpan(range)))
            {
                (dated ??= []).Add(range);
            }
        }

        if (dated is null)
        {
            return null;
        }

        foreach (var range in dated)
        {
            var sentence = Sentence(text.AsSpan(range));
            if (ApplyBy().IsMatch(sentence) && ApplyBy().Match(sentence.ToString()) is { Success: true } match)
            {
                return match.Groups["date"].Value;
            }
        }

        foreach (var range in dated)
        {
            var sentence = text.AsSpan(range);
            if (DueBy().IsMatch(sentence) && !ContractWord().IsMatch(sentence))
            {
                return DueBy().Match(sentence.ToString()).Groups["date"].Value;
            }
        }

        return null;
    }

    /// <summary>The day and month, with no year, an apply sentence says applications are due by ("Postulaciones hasta el
    /// 18 de diciembre"); null when the text states none, or a contract's term.</summary>
    public static string? YearlessClosingDate(string text)
    {
        if (!FieldLabels.HasDigit(text))
        {
            return null;
        }

        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            var sentence = text.AsSpan(range);
            if (FieldLabels.HasDigit(sentence) && !ContractWord().IsMatch(sentence)
                && ApplyByYearless().Match(sentence.ToString()) is { Success: true } match
                // The year, if any, comes after the date the pattern took.
                && YearlessDates.Names(sentence[match.Groups["date"].Index..].ToString()))
            {
                return match.Groups["date"].Value;
            }
        }

        return null;
    }

    /// <summary>Whether a sentence speaks to every applicant of a page rather than of one opening ("Interesados enviar CV
    /// a …", "Candidates should send …", "All applications to …", "Bewerbungen bitte an …", "Les candidatures sont à
    /// envoyer …", "Gli interessati possono …", "Geïnteresseerden sturen …").</summary>
    public static bool AddressesAllApplicants(string text) => AllApplicants().IsMatch(text);

    /// <summary>The first sentence (<see cref="SentenceBreak"/>), or null; a text without a full stop, question or
    /// exclamation mark is one sentence.</summary>
    public static string? FirstSentence(string text)
    {
        if (text.AsSpan().IndexOfAny('.', '!', '?') < 0)
        {
            var whole = text.Trim();
            return whole.Length > 0 ? whole : null;
        }

        // The first piece that is not empty, without the others split off.
        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            var sentence = Sentence(text.AsSpan(range));
            if (!sentence.IsEmpty)
            {
                return sentence.ToString();
            }
        }

        return null;
    }

    /// <summary>A piece of text between two <see cref="SentenceBreak"/>s, trimmed of whitespace and its full stops.</summary>
    /// <summary>The text's sentences, split as <see cref="SentenceBreak"/> splits them, each without its full stop.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var sentences = new List<string>();
        foreach (var range in SentenceBreak().EnumerateSplits(text))
        {
            var sentence = Sentence(text.AsSpan(range));
            if (!sentence.IsEmpty)
            {
                sentences.Add(sentence.ToString());
            }
        }

        return sentences;
    }

    private static ReadOnlySpan<char> Sentence(ReadOnlySpan<char> piece) => piece.Trim().TrimEnd('.').Trim();

    /// <summary>Splits sentences where a full stop is followed by a space and a capital (so "$17.89" and "ca. 8 uur"
    /// stay whole), but not after a day's number ("bis zum 15. Mai 2024") nor after an abbreviation leading an amount
    /// ("max. € 4.500", "ca. € 3.000", "mind. € 2.780,40").</summary>
    [GeneratedRegex(@"(?<=[.!?])(?<!(?:^|[^\d.,])\d{1,2}\.)(?<!(?<![\p{L}])(?:[Mm]ax|[Mm]ind?|[Cc]a|[Aa]pprox|[Ee]nv|[Ii]ncl|[Ii]nkl|[Ee]xcl|[Zz]zgl)\.)\s+(?=[\p{Lu}$€£])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"(?<![\p{L}])(?:salary|salary range|pay|pay range|compensation|wage|sueldo|salario|remuneraci[óo]n|r[ée]mun[ée]ration|salaire|retribuzione|compenso|stipendio|salaris|stipend|bolsa(?:[\s-]aux[íi]lio)?|beca|gratification|stipendium|rimborso\s+spese|(?:stage)?vergoeding)\s*[:：]\s*(?<value>.+?)(?=[.;](?:\s|$)|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSalary();

    [GeneratedRegex(@"\b(?:in|join|joining|for)\s+our\s+(?<place>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?)\s+(?:office|headquarters|offices)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    [GeneratedRegex(@"\b(?:in|based\s+in|em)\s+(?<place>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}{2}|\s+\(\p{Lu}{2}\)))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CityAndState();

    [GeneratedRegex(@"(?<=(?:^|[.!?]\s+))(?<place>\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,3}(?:,\s+\p{Lu}{2,3}|\s+\(\p{Lu}[\p{L}'’ -]+\))(?:\s+\(\p{Ll}[\p{L} -]{2,20}\))?)(?:,\s+\p{Ll}[^.]*)?\.(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TownSentence();

    /// <summary>"in Johannesburg, Gauteng, South Africa", "at Wits University, Johannesburg, South Africa": three
    /// capitalised parts in a row are a place.</summary>
    [GeneratedRegex(@"\b(?:in|at|based\s+in)\s+(?<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}){2})(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex CityRegionCountry();

    /// <summary>"working in Northern Illinois", "based in Tallahassee", "located in Greater Boston", and the kin in other
    /// languages ("basé à Paris", "basée à Lyon", "con sede en Sevilla", "con sede a Milano", "mit Sitz in Köln",
    /// "gevestigd in Gent"): where the work is, in a few capitalised words.</summary>
    [GeneratedRegex(@"(?:\b(?:working|based|located|work)\s+(?:in|from)|(?<![\p{L}])[Bb]as[ée]e?s?\s+(?:à|a)|\bcon\s+sede\s+(?:en|a|in)|\bmit\s+Sitz\s+in|\bgevestigd\s+(?:in|te))\s+(?<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}" + RegionAtSentenceEnd + @")(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex WorkedIn();

    /// <summary>The nouns of <see cref="PostIn"/>'s posts, one of which a text must hold for the pattern to be run (German
    /// compounds end with them: "Vollzeitstelle").</summary>
    private static readonly SearchValues<string> PostNouns = SearchValues.Create(
        ["stelle", "einsatz", "anstellung", "teilzeit", "vollzeit", "poste", "puesto", "plaza", "posto", "vaga", "functie", "standplaats", "contrat",
            "jornada", "tiempo", "temps", "tempo", "stilling", "tjänst", "tjenest", "arbejdssted", "arbetsplats", "arbeidssted", "ugen", "veckan", "uken"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"Einsatz in Zürich, …", "Vollzeitstelle für 12 Monate in Basel.", "Poste à pourvoir à Lyon.", "Puesto en
    /// Sevilla.", "Contrato temporal de seis meses en Huesca,", "a medio tiempo en Arequipa (S/ 1,800 mensuales)", "15 timer
    /// om ugen i Odense,", "tjänsten är placerad i Malmö.": a post,
    /// its contract or its hours, a few words, then the town and the clause's end or a bracket, in languages that name a
    /// town without saying "based" or "office".</summary>
    [GeneratedRegex(@"(?i:(?:stelle|einsatz|anstellung|teilzeit|vollzeit|(?<![\p{L}])(?:poste|puesto|plaza|posto|vaga|functie|standplaats|contrat[oa]?|contratto|jornada|tiempo|temps|tempo|stillingen|tj[äe]nsten|arbejdssted|arbetsplats|arbeidssted|ugen|veckan|uken)))(?![\p{L}])(?:\s+[\p{L}\d]+){0,4}?\s+(?:in|à|en|em|a|te|op|i)\s+(?<place>\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+){0,2})(?=\s*(?:[,.;()]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex PostIn();

    /// <summary>The endings of German and French abstract nouns that can follow a post as a town would ("Stelle in
    /// Festanstellung.", "Einsatz in Elternzeitvertretung."); no town ends so.</summary>
    [GeneratedRegex(@"(?:ung|heit|keit|schaft|zeit|tät|tion)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbstractNounEnd();

    /// <summary>"pour notre permanence de Lyon", "per il nostro ufficio di Bologna", "en nuestra oficina de Sevilla",
    /// "in unserem Büro in Köln", "op ons kantoor in Utrecht", "no nosso escritório em Recife", "para o seu gabinete de
    /// atendimento em Setúbal", "to join our team in
    /// Leeds", "rejoindre notre équipe à Lille", "unirte a nuestro equipo en Valencia", "presso la sede di Milano", "para su
    /// sede de Madrid", "per la sede di Roma", "para nuestra oficina en la Ciudad de México" (an article before the town, a
    /// "de" inside its name); not a month ("joins our team in September").</summary>
    [GeneratedRegex(@"(?i:\b(?:(?:our|notre|nos|nuestr[ao]s?|il\s+nostro|la\s+nostra|nostr[oa]|unser(?:e[mnrs]?)?|ons|onze|nosso|nossa|o\s+seu|a\s+sua|presso\s+la|nella)\s+(?:[\p{L}-]+\s+){0,2}(?:" + OfficeNouns + @")|(?:su|sus|per\s+la|per\s+il|para\s+la|para\s+el|en\s+la|en\s+el|pour\s+l[ae]|for\s+the)\s+(?:" + SeatNouns + @"))(?:\s+(?:de|di|do|da)\s+[\p{L}-]+)?\s+(?:de|d['’]|di|a|à|en|in|em|do|da|te)\s*(?:(?:la|el|the)\s+)?)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)(?![\p{L}]))(?<place>\p{Lu}[\p{L}'’-]+(?:[\s-](?:(?:de|del|di|do|da)\s+)?\p{Lu}[\p{L}'’-]+){0,2}" + RegionAtSentenceEnd + @")", RegexOptions.CultureInvariant)]
    private static partial Regex OurOfficeIn();

    /// <summary>A state, province or country after the town that ends the sentence ("our team in Springfield, Missouri."):
    /// part of the place. Before more prose ("in Leeds, London and Manchester") a name after a comma is another place.</summary>
    private const string RegionAtSentenceEnd = @"(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?=\s*(?:[.;:!?)]|$)))?";

    /// <summary>"工作地点：北京", "勤務地：大阪市": the place after the label, up to the next punctuation.</summary>
    [GeneratedRegex(@"(?:工作地[点點]|勤務地)\s*[:：]\s*(?<place>[^\s，。,;；、（(]+)")]
    private static partial Regex CjkPlaceOfWork();

    /// <summary>"工作地点在成都市武侯区协会办公室", "勤務地は京都市中京区の事務所": in a sentence, the place is the run of
    /// administrative units (…市, …区) after the particle, without the office named after it.</summary>
    [GeneratedRegex(@"(?:工作地[点點]|勤務地)(?:在|为|為|は)(?<place>(?:[\p{IsCJKUnifiedIdeographs}]{1,6}?[都道府県省市区區町村]){1,3})")]
    private static partial Regex CjkPlaceInSentence();

    [GeneratedRegex(@"\b(?:closing\s+date|application\s+deadline|deadline|applications?\s+close[sd]?|closes|closing(?=\s+\d)|apply\s+by|(?:applications?|resumes?|cvs?)\s+(?:are\s+|is\s+)?due(?:\s+(?:by|on))?|fecha\s+l[íi]mite|cierre(?:\s+de(?:\s+la)?\s+convocatoria)?|cl[ôo]ture(?:\s+des\s+candidatures)?|chiusura(?:\s+(?:candidature|del\s+bando))?|encerramento(?:\s+das\s+inscri[çc][õo]es)?|einsendeschluss|date\s+limite|scadenza|sluitingsdatum|bewerbungsschluss|bewerbungsfrist|bewerbungen\s+bis|inscri[çc][õo]es\s+at[ée]|candidaturas\s+at[ée]|报名截止(?:日期|时间)?|截止(?:日期|时间)|応募締切|締切)\s*(?:on\s+|is\s+|[:：]\s*)?" + TimeOrWeekdayBefore + @"(?<date>(?:\p{L}+\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4})|(?:\d{4}-\d{2}-\d{2})|(?:\d{1,2}/\d{1,2}/\d{2,4})|(?:\d{1,2}\.\d{1,2}\.\d{4})|(?:\d{4}年\d{1,2}月\d{1,2}日))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLabel();

    /// <summary>An apply sentence with a date it is due by ("Apply by March 1, 2027", "Envoyez votre CV avant le 8 janvier
    /// 2027", "CV prosimy przesyłać do 15 stycznia 2027 r.", "Životopis zasílejte do 15. 1. 2027", "Send din ansøgning senest den 8.
    /// januar 2027", "Skicka din ansökan senast 10 januari 2027").</summary>
    [GeneratedRegex(ApplyWordThenBy + TimeOrWeekdayBefore + @"(?<date>(?:\p{L}+\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4})|(?:\d{4}-\d{2}-\d{2})|(?:\d{1,2}/\d{1,2}/\d{2,4})|(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{4}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApplyBy();

    /// <summary>An apply word, then, later in the sentence, the word a date it is due by follows.</summary>
    private const string ApplyWordThenBy = @"(?:apply|applications?|submit|email|e-mail|send|deadline|closing|candidatur[ae]s?|postulaciones|solicitudes|inscripciones|domande|reageren|solliciteer|solliciteren|kandideren|envoyez|envoyer|inviaci|invia|inviare|env[íi][aá]|env[íi]anos|enviar|envie|schicken?|sende[nt]?|bewerbung(?:en)?|stuur|przesy[łl]a[ćc]|przes[łl]a[ćc]|wysy[łl]a[ćc]|wys[łl]a[ćc]|zg[łl]oszenia|aplikacje|zas[íi]lejte|za[šs]lete|pos[íi]lejte|po[šs]lete|p[řr]ihl[áa][šs]ky|ans[øö]gning(?:en)?|ans[öo]kan|s[øo]knad(?:en)?|skicka)(?![\p{L}]).*?\b(?:by|before|until|no later than|hasta el|antes del?|avant le|jusqu'au|entro il|uiterlijk|tot en met|vóór|voor|bis zum|bis|(?:najpóźniej\s+|nejpozději\s+)?do|senest(?:\s+den)?|senast(?:\s+den)?|innen)\s+";

    /// <summary>An apply sentence with a day and month it is due by and no year ("Postulaciones hasta el 18 de diciembre",
    /// "Bewerbungen bis 18. Dezember", "Applications open until 18 December"): the normaliser dates it on a page with a
    /// date of its own.</summary>
    [GeneratedRegex(ApplyWordThenBy + TimeOrWeekdayBefore + @"(?<date>\d{1,2}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?\p{L}{3,10}|\p{L}{3,10}\s+\d{1,2}(?:st|nd|rd|th)?)(?![\d\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApplyByYearless();

    /// <summary>A time and a weekday some pages put between a closing label and its date ("Closing date: 9am, Monday 11
    /// January 2027", "Applications close 5pm AEDT, Friday 22 January 2027", "12 noon on Friday", "17:00 Uhr, Freitag"),
    /// in the languages read; skipped, the date is read after them.</summary>
    private const string TimeOrWeekdayBefore =
        @"(?:(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)(?![\p{L}])|\d{1,2}[.:]\d{2}|(?:12\s+)?(?:noon|midday|midnight|mediod[íi]a|midi|mezzogiorno|middag))(?:\s+[A-Z]{3,5}(?![\p{L}]))?\s*,?\s*(?:on\s+|le\s+|el\s+|am\s+|op\s+)?)?"
        + "(?:" + Weekday + @"(?:the\s+)?)?";

    /// <summary>A weekday's name in the languages read, with the comma or space that parts it from its date ("Miércoles ",
    /// "Friday, ", "quarta-feira, ").</summary>
    internal const string Weekday =
        @"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
        + @"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|"
        + @"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
        + @"segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?\.?,?\s+";

    /// <summary>"… hasta el 20 de diciembre de 2026.", "… bis zum 15. Januar 2027", "… avant le 8 janvier 2027", "… entro il
    /// 10 gennaio 2027", "… até 20 de janeiro de 2027", "… uiterlijk 12 januari 2027": a date by which something is due,
    /// with no apply word before it. In a block of one opening's facts it is the closing date, unless the sentence speaks
    /// of a contract's term ("befristet bis zum 31.12.2027", "contrato hasta el …"), which <see cref="ContractWord"/> finds.</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:hasta\s+el|bis\s+(?:zum|sp[äa]testens)|sp[äa]testens\s+(?:am|bis(?:\s+zum)?)|avant\s+le|au\s+plus\s+tard\s+le|entro\s+(?:e\s+non\s+oltre\s+)?il|at[ée](?:\s+(?:o\s+)?dia)?|uiterlijk(?:\s+op)?|no\s+later\s+than)\s+" + TimeOrWeekdayBefore + @"(?<date>(?:\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4})|(?:\p{L}+\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}/\d{1,2}/\d{2,4})|(?:\d{1,2}\.\d{1,2}\.\d{4}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueBy();

    /// <summary>The words of a contract's term, whose "until" is when the work ends, not when applications close.</summary>
    [GeneratedRegex(@"befrist|vertrag|vertretung|laufzeit|contrat|contract|duraci[óo]n|dura[çc][ãa]o|dur[ée]e|durata|looptijd|sustituci|substitui|remplacement|sostituzion|licencia|elternzeit|mandat", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContractWord();

    [GeneratedRegex(@"^\W*(?:(?:all\s+)?(?:interested\s+)?(?:candidates|applicants|applications)|(?:those|anyone)\s+interested|to\s+apply|(?:l[oa]s\s+)?(?:personas\s+)?interesad[oa]s(?:/as)?|postulantes|postulaciones|para\s+postular(?:se)?|(?:les\s+)?(?:personnes\s+)?int[ée]ress[ée](?:[·.]?e)?[·.]?s|(?:les\s+)?candidat(?:ure)?s|pour\s+postuler|(?:alle\s+)?bewerbungen|interessierte|interessent(?:inn)?en|(?:gli\s+|le\s+)?interessat[ie]|(?:le\s+)?candidature|per\s+candidarsi|ge[ïi]nteresseerden|belangstellenden|sollicitaties|(?:os\s+)?interessad[oa]s|(?:as\s+)?candidaturas)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllApplicants();

    // The date, its weekday, and the hour the day closes at ("2027年1月10日17:00前", "2027年1月15日（金）17時まで", "下午5時前").
    [GeneratedRegex(@"(?<date>\d{4}年\d{1,2}月\d{1,2}日)(?:\s*[（(][^）)]{1,3}[）)])?(?:\s*(?:上午|下午|午前|午後)?\s*(?:\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[時时点點](?:\s*\d{1,2}\s*分)?))?\s*(?:必着|まで|前|以前|截止)")]
    private static partial Regex CjkDateBefore();
}
