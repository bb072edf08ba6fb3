using System.Text;
using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A page of a bilingual organisation may give one opening twice, once in each language, with nothing marking
/// the second as a translation ("Juristin / Jurist 60–80 %, Bern, Bewerbungsfrist 20. Januar 2027" then "Juriste
/// 60–80 %, Berne, délai 20 janvier 2027"). Two postings are one opening given twice when they are written in two
/// different languages (<see cref="LanguageWords"/>) and their facts agree: the same closing date, the same place (or
/// its name in the other language), and the same workload and pay where either states one. Openings in one language
/// are never merged, however alike ("Staff Attorney" and "Paralegal", both in Chicago and closing 15 January).</summary>
internal static class TranslatedCopies
{
    /// <summary>Towns that bilingual countries name in each of their languages; compared without accents and case.</summary>
    private static readonly string[][] TownNames =
    [
        ["Bern", "Berne"], ["Genève", "Genf", "Ginevra", "Geneva"], ["Biel", "Bienne"], ["Basel", "Bâle", "Basilea"],
        ["Freiburg", "Fribourg", "Friburgo"], ["Luzern", "Lucerne", "Lucerna"], ["Neuchâtel", "Neuenburg"], ["Sion", "Sitten"],
        ["Solothurn", "Soleure"], ["Zürich", "Zurich", "Zurigo"], ["Lausanne", "Losanna"],
        ["Brussel", "Bruxelles", "Brüssel", "Brussels", "Bruselas"], ["Antwerpen", "Anvers", "Antwerp"], ["Gent", "Gand", "Ghent"],
        ["Leuven", "Louvain"], ["Liège", "Luik", "Lüttich"], ["Mechelen", "Malines"], ["Brugge", "Bruges"], ["Kortrijk", "Courtrai"],
        ["Namur", "Namen"], ["Mons", "Bergen"], ["Bozen", "Bolzano"], ["Meran", "Merano"], ["Brixen", "Bressanone"],
        ["Montréal", "Montreal"], ["Québec", "Quebec"], ["Helsinki", "Helsingfors"], ["Barcelona", "Barcelone"],
    ];

    private static readonly Dictionary<string, int> TownIndex = TownNames
        .SelectMany((names, i) => names.Select(name => (Key: Folded(name), i)))
        .DistinctBy(t => t.Key)
        .ToDictionary(t => t.Key, t => t.i, StringComparer.Ordinal);

    /// <summary>The language whose copy of an opening stays: the page's <c>&lt;html lang&gt;</c>, unless the content marks
    /// its copies' languages itself (a column <c>lang="ca"</c> beside one <c>lang="es"</c>): then the page's tag is the
    /// site's setting rather than the copies' order of precedence, and the first copy stays, as the organisation wrote it
    /// first. The walk stops at the second language marked.</summary>
    public static string? PreferredLanguage(IDocument document)
    {
        var page = document.DocumentElement?.GetAttribute("lang");
        // A language switcher in the header marks its links' languages too: only the content is asked.
        if (PageRegions.MainContent(document) is not { } main)
        {
            return page;
        }

        string? marked = null;
        var second = ElementWalk.FirstDescendant(main, e => e.GetAttribute("lang") is { Length: > 0 } lang
            && BaseLanguage(lang) is var language && (marked ??= language) != language);
        return second is null ? page : null;
    }

    /// <summary>The table as its page's language reads it: a cell holding its field twice, the second copy marked as
    /// another language ("Avocat(e) salarié(e)&lt;br&gt;&lt;em lang="en"&gt;Staff Lawyer&lt;/em&gt;", "26,40 $ l'heure&lt;br&gt;&lt;em
    /// lang="en"&gt;$26.40 per hour&lt;/em&gt;"), gives the copy in the page's language (<see cref="PreferredLanguage"/>, else
    /// the first language marked), as one opening given in two languages is given once. A copy of the table without the
    /// other copies; the table itself when no cell holds one. A cell whose only text is marked keeps it.</summary>
    public static IElement InPageLanguage(IElement table)
    {
        if (ElementWalk.FirstDescendant(table, e => e.HasAttribute("lang")) is not { } firstMarked)
        {
            return table;
        }

        var kept = (table.Owner is { } document ? PreferredLanguage(document) : null) is { Length: > 0 } preferred
            ? BaseLanguage(preferred)
            : BaseLanguage(firstMarked.GetAttribute("lang")!);
        var descendants = ElementWalk.Descendants(table).ToList();
        var other = new HashSet<int>();
        for (var i = 0; i < descendants.Count; i++)
        {
            var element = descendants[i];
            if (element.GetAttribute("lang") is { Length: > 0 } language && BaseLanguage(language) != kept
                && ElementWalk.Closest(element, e => e.LocalName is "td" or "th") is { } cell && cell != element
                && PlainText.Collapse(cell.TextContent)?.Length > PlainText.Collapse(element.TextContent)?.Length)
            {
                other.Add(i);
            }
        }

        if (other.Count == 0)
        {
            return table;
        }

        // The copy's elements stand in the same order as the table's.
        var copy = (IElement)table.Clone(deep: true);
        var copied = ElementWalk.Descendants(copy).ToList();
        foreach (var i in other)
        {
            copied[i].Remove();
        }

        return copy;
    }

    private static string BaseLanguage(string tag) => tag.Split('-', '_')[0].ToLowerInvariant();

    /// <summary>The postings without the second copy of any opening given in two languages: of a pair, the one in the
    /// page's language (<paramref name="pageLanguage"/>, <see cref="PreferredLanguage"/>) stays, else the first.</summary>
    public static List<PostingDraft> Without(List<PostingDraft> postings, string? pageLanguage)
    {
        if (postings.Count < 2)
        {
            return postings;
        }

        var languages = postings.ConvertAll(LanguageOf);
        var page = pageLanguage?.Split('-', '_')[0].ToLowerInvariant();
        var kept = new List<int>();
        // The languages each kept opening has been seen in: an opening is given once per language at most.
        var seenIn = new List<HashSet<string>>();
        for (var i = 0; i < postings.Count; i++)
        {
            var original = -1;
            for (var k = 0; k < kept.Count && original < 0 && languages[i] is { } language; k++)
            {
                original = seenIn[k].Count > 0 && !seenIn[k].Contains(language) && Agree(postings[kept[k]], postings[i]) ? k : -1;
            }

            if (original < 0)
            {
                kept.Add(i);
                seenIn.Add(languages[i] is { } own ? [own] : []);
                continue;
            }

            seenIn[original].Add(languages[i]!);
            if (languages[i] == page && languages[kept[original]] != page)
            {
                kept[original] = i;
            }
        }

        return kept.Count == postings.Count ? postings : kept.Order().Select(i => postings[i]).ToList();
    }

    /// <summary>Whether two postings state the same closing date and place, the same workload where either states one,
    /// and the same pay where both state one (parsed, or its figures as written).</summary>
    public static bool Agree(PostingDraft first, PostingDraft second) =>
        first.ValidThrough is { } closes && second.ValidThrough is { } closesToo
        && LanguageWords.DateNumbers(closes) is { Count: > 0 } date && date.SequenceEqual(LanguageWords.DateNumbers(closesToo))
        && first.Location is { } place && second.Location is { } placeToo && SamePlace(place, placeToo)
        && Workload(first) == Workload(second)
        && first.Salary == second.Salary && PayFigures(first) is var pay && PayFigures(second) is var payToo && (pay is null || payToo is null || pay == payToo);

    /// <summary>The language of what the posting's title and facts say.</summary>
    public static string? LanguageOf(PostingDraft posting) =>
        LanguageWords.Of(string.Join(' ', posting.Title, posting.EmploymentType, posting.ValidThrough, posting.SalaryText, posting.Location));

    /// <summary>The digits of the pay a posting's block states ("$18,000 mensuales netos" and "CHF 8'000" are "18000" and
    /// "8000"): a listing's drafts carry their pay as written, and a copy in another language writes the same figures.</summary>
    private static string? PayFigures(PostingDraft posting) =>
        posting.SalaryText is { } pay && pay.Any(char.IsAsciiDigit) ? new string(pay.Where(char.IsAsciiDigit).ToArray()) : null;

    private static string? Workload(PostingDraft posting) =>
        posting.Title is { } title && FieldLabels.WorkloadIn(title) is { } workload ? new string(workload.Where(char.IsAsciiDigit).ToArray()) : null;

    /// <summary>Places that are the same part by part ("Bern" and "Berne", "Bruxelles, BE" and "Brussel, BE").</summary>
    private static bool SamePlace(string place, string other)
    {
        var parts = place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var otherParts = other.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == otherParts.Length && parts.Zip(otherParts).All(p => SameName(Folded(p.First), Folded(p.Second)));
    }

    private static bool SameName(string name, string other) =>
        name == other || (TownIndex.TryGetValue(name, out var town) && TownIndex.TryGetValue(other, out var same) && town == same);

    /// <summary>The name in plain lower-case letters, as the product folds names elsewhere (<see cref="LatinLetterFolding"/>).</summary>
    private static string Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (!LatinLetterFolding.IsCombiningMark(c))
            {
                folded.Append(LatinLetterFolding.PlainLetter(c) ?? char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
