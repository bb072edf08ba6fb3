using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A listed position that is not an open job: a "Filled", "Closed", "Pourvu", "Cubierto", "Finalizada", "Besetzt", "Vervuld",
/// "募集終了", "已截止" marker beside its title or in its block ("Investigator – FILLED", "Deze vacature is vervuld", "closed July
/// 14, 2023"), a title struck through (a filled offer a page keeps listed, crossed out), or a seat its block says is unpaid ("Mission bénévole, non rémunérée", "onbezoldigd": a volunteer's or
/// a board member's, not a job). Asked only of the blocks of the listing a shape has already chosen, never of every
/// element of a page.</summary>
internal static partial class ClosedOpenings
{
    /// <summary>The markers of a filled or closed position.</summary>
    private const string ClosedMarkers = """
        filled|closed|no\ longer\ accepting|pourvue?s?|cubiert[oa]s?|cerrad[oa]s?|besetzt|vervuld|ingevuld|gesloten|copert[oa]|chius[oaie]|
        preenchid[oa]s?|encerrad[oa]s?|obsadzon[aey]|zamkni[ęe]t[aey]|finalizad[oa]s?|cl[ôo]tur[ée]e?s?|expired|募集終了|已截止|已額滿|已额满|已滿額|已满额|
        已結束|已结束|招聘結束|招聘结束|徵才結束
        """;

    /// <summary>The words that mark a position closed only alone in brackets ("【募集締切】", "（受付終了）", "【截止】",
    /// "【終了】"): in a sentence or a label they name a deadline ("募集締切：1月15日", "截止日期", "定員になり次第受付終了").</summary>
    private const string BracketedOnlyMarkers = """
        ferm[ée]e?s?|geschlossen|募集締切|募集締め切り|締切|締め切り|受付終了|終了|截止|結束|结束|額滿|额满|滿額|满额
        """;

    /// <summary>The markers of an unpaid seat: a volunteer's or a board member's, unless the block names an internship.</summary>
    private const string UnpaidMarkers = """
        unpaid|non\ r[ée]mun[ée]r[ée]e?s?|no\ remunerad[oa]s?|non\ retribuit[oa]|n[ãa]o\ remunerad[oa]|onbezoldigd|onbetaald|
        unbezahlt|unverg[üu]tet|nieodp[łl]atn[aey]|无薪|無給
        """;

    /// <summary>The markers, spelled out for <see cref="MarkerWords"/> too.</summary>
    private const string Markers = ClosedMarkers + "|" + UnpaidMarkers;

    /// <summary>A text none of whose words is a marker's last word is read no further.</summary>
    private static readonly KeyWords MarkerWords = new(PatternWords.LastWordsOf(Markers));

    /// <summary>Whether the block's text marks its position filled or closed; "Open until filled", "to be filled",
    /// "poste à pourvoir", "zu besetzen" and "jusqu'à ce que le poste soit pourvu" say the opposite and are no marker. An
    /// unpaid internship ("Unpaid internship", "Stage non rémunéré", "Praktikum, unbezahlt", "Prácticas no remuneradas")
    /// is an opening all the same: an intern's word takes the unpaid markers back.</summary>
    public static bool Marks(string? blockText) =>
        blockText is not null
        && ((MarkerWords.MayHold(blockText) && Marker().Match(blockText) is { Success: true } marker && !ClosingSentences.SaysOpenUntilFilled(blockText)
                && (ClosedMarker().IsMatch(marker.Value) || FieldLabels.InternIn(blockText) is null || ClosedMarker().IsMatch(blockText)))
            || (blockText.AsSpan().IndexOfAny(Brackets) >= 0 && BracketedMarker().IsMatch(blockText)));

    private static readonly SearchValues<char> Brackets = SearchValues.Create("([（［【〔");

    /// <summary>Whether a table cell says no more than that its row's position is closed ("Closed", "Filled", "Cerrada",
    /// "Fermé", "Geschlossen", "Chiusa", "Gesloten", "Closed 27/11/2026"): a status column's word, which in a sentence
    /// ("the office is closed on Fridays", "geschlossene Einrichtung") would mark nothing.</summary>
    public static bool IsClosedStatus(string? cellText) => cellText is not null && cellText.Length <= MaxStatusLength && ClosedStatus().IsMatch(cellText);

    private const int MaxStatusLength = 40;

    /// <summary>Whether the block's class or a text of the block marks its position filled or closed, read text node by
    /// text node (a marker stands in one: "FILLED", "Vervuld", "closed July 14, 2023") without the block's whole text
    /// made.</summary>
    public static bool Marks(IElement block)
    {
        if (block.ClassList.Any(c => ClosedClass().IsMatch(c)) || FirstWordsStruckThrough(block))
        {
            return true;
        }

        var pending = new Stack<INode>();
        pending.Push(block);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                if (Marks(text.Data))
                {
                    return true;
                }

                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push(child);
            }
        }

        return false;
    }

    /// <summary>Whether the block's first words are struck through: an editor's way of keeping a filled vacancy listed
    /// without a word saying so.</summary>
    private static bool FirstWordsStruckThrough(IElement block) =>
        block.Descendants<IText>().FirstOrDefault(t => t.Data.AsSpan().ContainsAnyExcept(" \t\r\n\u00a0"))?.ParentElement is { } first
        && StruckThrough(first);

    /// <summary>Whether the title is struck through, as pages cross out an offer they keep listed once it is filled ("Les
    /// postes barrés ont été pourvus"): it or an element around it is <c>&lt;s&gt;</c>, <c>&lt;del&gt;</c> or
    /// <c>&lt;strike&gt;</c> or strikes its text by class or style (Bootstrap's <c>text-decoration-line-through</c>,
    /// Tailwind's <c>line-through</c>), or every word of it stands in such an element (<c>&lt;a&gt;&lt;del&gt;…&lt;/del&gt;&lt;/a&gt;</c>).</summary>
    public static bool StruckThrough(IElement title)
    {
        for (var element = title; element is not null; element = element.ParentElement)
        {
            if (Strikes(element))
            {
                return true;
            }
        }

        return EveryWordStruck(title);
    }

    private static bool EveryWordStruck(IElement title)
    {
        var words = false;
        var pending = new Stack<INode>();
        pending.Push(title);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IElement element && element != title && Strikes(element))
            {
                words |= !string.IsNullOrWhiteSpace(element.TextContent);
                continue;
            }

            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return false;
            }

            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                pending.Push(child);
            }
        }

        return words;
    }

    private static bool Strikes(IElement element) =>
        element.LocalName is "s" or "del" or "strike"
        || element.ClassList.Any(c => c.EndsWith("line-through", StringComparison.OrdinalIgnoreCase)
            || c.EndsWith("strikethrough", StringComparison.OrdinalIgnoreCase) || c.EndsWith("strike-through", StringComparison.OrdinalIgnoreCase))
        || element.GetAttribute("style")?.Contains("line-through", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A card's class saying its position is closed: "closed", "is-filled", "job--closed" (not an accordion's
    /// "elementor-accordion-icon-closed", which is an icon's state).</summary>
    [GeneratedRegex(@"^(?:is-)?(?:closed|filled|expired)$|--(?:closed|filled|expired)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedClass();

    [GeneratedRegex(@"^\W*(?:" + Markers + @"|ferm[ée]e?s?|geschlossen|abgeschlossen|vergeben|afgesloten|conclus[oa]|terminad[oa])[\W\d]*$",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedStatus();

    /// <summary>A marker alone in brackets, as a heading flags a search it has filled: "(CERRADA)", "(CLOSED)", "【募集終了】",
    /// "(已截止)", and the words too common in other senses to be markers outside brackets (<see cref="BracketedOnlyMarkers"/>),
    /// "(FERMÉ)", "(GESCHLOSSEN)", "【募集締切】", "（受付終了）", "【截止】".</summary>
    [GeneratedRegex(@"[(\[（［【〔]\s*(?:" + Markers + "|" + BracketedOnlyMarkers + @")\s*[)\]）］】〕]",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BracketedMarker();

    [GeneratedRegex(@"(?<![\p{L}])(?<!until\s)(?<!be\s)(?<!being\s)(?:" + Markers + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<![\p{L}])(?<!until\s)(?<!be\s)(?<!being\s)(?:" + ClosedMarkers + @")(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ClosedMarker();
}
