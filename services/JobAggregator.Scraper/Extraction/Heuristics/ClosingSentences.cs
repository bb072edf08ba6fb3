using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A closing date stated once for a page's openings: in the paragraph right after a list's last block ("Reageren
/// kan tot en met 10 januari 2027 via …" after a paragraph per vacancy), or in the paragraph after the last opening's
/// list ("<h4>Abogado/a defensor/a</h4><ul>…</ul><h4>Asistente administrativo/a</h4><ul>…</ul><p>Interesados enviar CV
/// a … antes del 31 de enero de 2027.</p>"), which stands in the last opening's facts but speaks to every applicant.</summary>
internal static partial class ClosingSentences
{
    /// <summary>The closing date the paragraph right after a list's last block states; null when it states none.</summary>
    public static string? AfterLastBlock(IElement? lastBlock) =>
        lastBlock?.NextElementSibling is { LocalName: "p" } paragraph && PlainText.Of(paragraph) is { } text ? ProseFields.ClosingDate(text) : null;

    /// <summary>The openings, each closing on <paramref name="listsClosing"/>'s date when none states a date of its own,
    /// but those whose block says they stay open until filled (<paramref name="openUntilFilled"/>, by index).</summary>
    public static List<PostingDraft> DatingEvery(List<PostingDraft> openings, Func<string?> listsClosing, Func<int, bool> openUntilFilled) =>
        openings.TrueForAll(d => d.ValidThrough is null) && listsClosing() is { } closing
            ? Dated(openings, closing, openUntilFilled)
            : openings;

    /// <summary>The closing date a labelled line right after the list states for every opening in it ("<c>&lt;div
    /// class="apply"&gt;&lt;p&gt;简历投递：…&lt;/p&gt;&lt;p&gt;截止日期：2026年12月31日&lt;/p&gt;&lt;/div&gt;</c>", "<c>&lt;p&gt;Closing
    /// date: 15 January 2027&lt;/p&gt;</c>", "Date limite : 8 janvier 2027"): the element after the last opening's block (the
    /// outermost wrapper of its title that holds no other opening), or a wrapper of a few paragraphs there; null when no
    /// such line follows.</summary>
    public static string? LabelledAfterList(IElement firstTitle, IElement lastTitle)
    {
        const int MostLines = 4;
        var block = lastTitle;
        while (block.ParentElement is { } parent && !parent.Contains(firstTitle) && parent.LocalName is not ("main" or "body" or "article"))
        {
            block = parent;
        }

        if (block.NextElementSibling is not { } next)
        {
            return null;
        }

        IElement[] lines = next.LocalName == "p" ? [next]
            : next.LocalName == "div" && next.ChildElementCount is > 0 and <= MostLines && next.Children.All(c => c.LocalName == "p") ? next.Children.ToArray()
            : [];
        return ListDates.FirstLabelled(lines, FieldKind.ValidThrough);
    }

    /// <summary>The date of a run of facts ending in a list and then a paragraph that speaks to every applicant
    /// (<see cref="ProseFields.AddressesAllApplicants"/>) and states a closing date, or holding a later paragraph that
    /// speaks to the applicants of every opening ("To apply for either role, send … by 5pm on Friday 8 January 2027"),
    /// when the run states none before it.</summary>
    public static string? ToAllAfterList(IReadOnlyList<IElement> run)
    {
        if (run is [.., { LocalName: "ul" or "ol" }, { LocalName: "p" } last])
        {
            return PlainText.Of(last) is { } text && ProseFields.AddressesAllApplicants(text)
                && BlockFields.ReadRun(run.Take(run.Count - 1).ToList()).ValidThrough is null
                    ? ProseFields.ClosingDate(text)
                    : null;
        }

        for (var i = run.Count - 1; i > 0; i--)
        {
            if (run[i] is { LocalName: "p" } paragraph && PlainText.Of(paragraph) is { } text && ToEveryOpening().IsMatch(text)
                && ProseFields.ClosingDate(text) is { } closing)
            {
                return BlockFields.ReadRun(run.Take(i).ToList()).ValidThrough is null ? closing : null;
            }
        }

        return null;
    }

    /// <summary>The closing date an introduction states for every opening below it ("We are looking for two people to join
    /// us. Applications close Friday 15 January 2027 at 5pm."): a paragraph between the first opening and the heading
    /// above it, found among the few elements before the opening and its wrappers (a page builder's columns).</summary>
    public static string? AboveFirst(IElement? firstOpening)
    {
        var looked = 0;
        for (var element = firstOpening; element is { LocalName: not ("main" or "body" or "article") }; element = element.ParentElement)
        {
            for (var previous = element.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
            {
                if (ElementWalk.IsHeading(previous) || ++looked > MostElementsAboveFirst
                    || ElementWalk.FirstDescendant(previous, ElementWalk.IsHeading) is not null)
                {
                    return null;
                }

                if (previous.LocalName is "p" or "div" && !HoldsBlocks(previous) && PlainText.Of(previous) is { } text
                    && ProseFields.ClosingDate(text) is { } closing)
                {
                    return closing;
                }
            }
        }

        return null;
    }

    /// <summary>The closing date a how-to-apply section after the last opening states ("<h2>応募方法</h2><p>…</p><p>応募締切：
    /// 2027年1月15日</p>", "How to apply … Closing date: 8 January 2027"): it speaks to the applicants of every opening above
    /// it. The section is the first heading after the last title, among its siblings or its wrappers' (a page of one
    /// <c>&lt;section&gt;</c> per opening); null when another heading comes first or the section states no date.</summary>
    public static string? InApplySectionAfter(IElement lastTitle)
    {
        const int MaxWrappers = 3;
        var element = lastTitle;
        for (var depth = 0; element is { LocalName: not ("main" or "body" or "article") } && depth <= MaxWrappers; depth++, element = element.ParentElement)
        {
            for (var next = element.NextElementSibling; next is not null; next = next.NextElementSibling)
            {
                var heading = ElementWalk.IsHeading(next) ? next : next.FirstElementChild is { } first && ElementWalk.IsHeading(first) ? first : null;
                if (heading is null)
                {
                    if (ElementWalk.FirstDescendant(next, ElementWalk.IsHeading) is not null)
                    {
                        return null;
                    }

                    continue;
                }

                return PlainText.Of(heading) is { } text && SectionHeadings.IsHowToApply(text)
                    ? BlockFields.ReadRun(SectionAfter(heading)).ValidThrough
                    : null;
            }
        }

        return null;
    }

    /// <summary>The closing date the first of the lines that states one states in a sentence ("请于2027年1月10日17:00前…",
    /// "Envía tu CV antes del 15 de enero de 2027"); null when none does.</summary>
    public static string? FirstIn(IEnumerable<IElement> lines)
    {
        foreach (var line in lines)
        {
            if (PlainText.Of(line) is { } text && ProseFields.ClosingDate(text) is { } closing)
            {
                return closing;
            }
        }

        return null;
    }

    /// <summary>The elements after a heading up to the next heading, a few at most.</summary>
    private static List<IElement> SectionAfter(IElement heading)
    {
        const int MaxElements = 8;
        var section = new List<IElement>();
        for (var next = heading.NextElementSibling; next is not null && !ElementWalk.IsHeading(next) && section.Count < MaxElements; next = next.NextElementSibling)
        {
            section.Add(next);
        }

        return section;
    }

    /// <summary>How many elements before the first opening an introduction is looked for in: a heading's intro is a
    /// paragraph or two.</summary>
    private const int MostElementsAboveFirst = 4;

    private static bool HoldsBlocks(IElement element) =>
        ElementWalk.FirstDescendant(element, e => e.LocalName is "p" or "div" or "ul" or "ol" or "table" or "section" or "article") is not null;

    /// <summary>The openings, each closing on <paramref name="lastRunsClosing"/>'s date when no opening but the last states
    /// a date of its own, but those whose block says they stay open until filled (<paramref name="openUntilFilled"/>).</summary>
    public static List<PostingDraft> DatingAll(List<PostingDraft> openings, Func<string?> lastRunsClosing, Func<int, bool> openUntilFilled) =>
        openings.Count > 1 && openings.Take(openings.Count - 1).All(d => d.ValidThrough is null) && lastRunsClosing() is { } closing
            ? Dated(openings, closing, openUntilFilled)
            : openings;

    /// <summary>"Open until filled", "until the position is filled", "rolling", "jusqu'à ce que le poste soit pourvu",
    /// "hasta cubrir la plaza", "bis zur Besetzung", "fino a copertura", "tot de vacature vervuld is": an opening that
    /// closes when it is filled states that it has no date, and a date stated for others is not its own.</summary>
    public static bool SaysOpenUntilFilled(string? text) => text is not null && OpenUntilFilled().IsMatch(text);

    /// <summary>"Review of applications begins December 28, 2026", "first review: 5 January", "examen des candidatures
    /// dès le 5 janvier 2027", "Sichtung der Bewerbungen ab 10. Januar 2027", "revisión de candidaturas a partir del 8 de
    /// enero", "valutazione delle candidature dal 12 gennaio": the day applications start being read, which closes
    /// nothing, so a deadline field that leads with it gives no closing date (a date before it is the deadline:
    /// "January 15, 2027 (first review January 5)").</summary>
    public static bool DatesReviewStart(string? text) =>
        text is not null && ReviewStart().Match(text) is { Success: true } review && text.AsSpan(0, review.Index).IndexOfAnyInRange('0', '9') < 0;

    private static List<PostingDraft> Dated(List<PostingDraft> openings, string closing, Func<int, bool> openUntilFilled)
    {
        var dated = new List<PostingDraft>(openings.Count);
        for (var i = 0; i < openings.Count; i++)
        {
            dated.Add(openings[i].ValidThrough is null && openUntilFilled(i) ? openings[i] : openings[i] with { ValidThrough = closing });
        }

        return dated;
    }

    /// <summary>Words that speak to the applicants of several openings at once: "either role", "both positions", "all
    /// (of) these vacancies", "any of the roles", "ambos puestos", "cualquiera de los puestos", "les deux postes", "l'un
    /// ou l'autre poste", "beide Stellen", "entrambe le posizioni", "beide vacatures", "ambas vagas".</summary>
    [GeneratedRegex("""
        (?<![\p{L}])(?:(?:either|both|all(?:\ of)?\ (?:the|these|our)|any\ of\ (?:the|these|our))\ (?:roles|role|positions|position|posts|post|vacancies|vacancy|jobs|job|openings)|
        (?:ambos|ambas|cualquiera\ de\ (?:los|las|estos|estas))\ (?:puestos|cargos|vacantes|posiciones|vagas)|
        (?:les\ deux|l['’]un\ ou\ l['’]autre(?:\ des)?)\ (?:postes?|offres?)|beide[n]?\ (?:stellen|positionen|vacatures|functies)|
        (?:entramb[ei]|tutte\ e\ due)\ (?:le\ |i\ )?(?:posizioni|ruoli|figure))(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ToEveryOpening();

    [GeneratedRegex("""
        (?<![\p{L}])(?:until\ (?:the\ )?(?:(?:position|role|post|vacancy|job)\ is\ |(?:positions|roles|posts|vacancies|jobs)\ are\ )?filled|rolling(?:\ basis)?|
        jusqu['’]à\ ce\ que\ (?:le\ poste\ soit|les\ postes\ soient)\ pourvus?|hasta\ (?:cubrir|que\ se\ cubra)|
        bis\ zur\ besetzung|fino\ a(?:lla)?\ copertura|tot\ (?:de\ )?(?:vacature|functie)\ (?:is\ )?(?:vervuld|ingevuld)|
        at[ée]\ (?:o\ )?preenchimento)(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex OpenUntilFilled();

    [GeneratedRegex("""
        (?<![\p{L}])(?:(?:review|screening|consideration|evaluation)\ of\ (?:applications|applicants|candidates|resumes)\ (?:will\ )?(?:begins?|starts?|commences?)|
        (?:applications|candidates)\ (?:will\ be\ )?(?:reviewed|considered|screened)(?:\ on\ a\ rolling\ basis)?\ (?:beginning|starting|from|as\ of)|
        (?:first|initial)\ (?:review|screening|consideration)|
        examen\ des\ (?:candidatures|dossiers)\ (?:dès|à\ partir\ du|commencera|débutera)|
        sichtung(?:\ der\ (?:bewerbungen|unterlagen))?\ (?:ab|beginnt)|
        revisi[óo]n\ de\ (?:candidaturas|postulaciones|solicitudes)\ (?:a\ partir\ del?|desde|comienza)|
        (?:valutazione|esame)\ delle\ candidature\ (?:a\ partire\ dal|dal|inizia)|
        (?:beoordeling|selectie)\ van\ (?:de\ )?sollicitaties\ (?:vanaf|start|begint)|
        an[áa]lise\ (?:das|de)\ candidaturas\ (?:a\ partir\ de|come[çc]a))(?![\p{L}])
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ReviewStart();
}
