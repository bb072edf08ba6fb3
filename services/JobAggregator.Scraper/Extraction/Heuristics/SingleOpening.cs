using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds a page whose content announces one opening in prose ("We are hiring a full-time Paralegal to ...",
/// "... is seeking a Staff Attorney", "Job opening: Investigator"): one posting, whose link is the page itself, with
/// the fields its prose states, or the page's labelled lines ("Location:", "Salary:") where it has them.</summary>
internal static partial class SingleOpening
{
    /// <summary>A word every match of <see cref="Announces"/> holds: a paragraph without one is not asked the pattern,
    /// which tries its many beginnings at every position of the text.</summary>
    private static readonly SearchValues<string> AnnouncingWords = SearchValues.Create(
        [
            "hiring", "seek", "looking", "recruiting", "opening", "vacancy", "position", "recrutons", "buscamos", "buscando",
            "contratando", "cerchiamo", "cercando", "ricerchiamo", "suchen", "zoeken", "procuramos", "procurando", "contratamos",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static PostingDraft? Find(IDocument document, Uri pageUrl)
    {
        if (NewsPath().IsMatch(pageUrl.AbsolutePath) || PageRegions.MainContent(document) is not { } main)
        {
            return null;
        }

        var paragraphs = Paragraphs(main);
        if (paragraphs.Any(p => NoOpenings().IsMatch(p.Text)))
        {
            return null;
        }

        if (FirstAnnouncement(paragraphs) is not (var element, var text, var match))
        {
            return null;
        }

        var announced = new PostingDraft
        {
            Title = NamingHeading(main, match.Title) ?? match.Title,
            Url = pageUrl,
            FoundOn = pageUrl,
            EmploymentType = match.Hours ?? FieldLabels.HoursIn(text),
            Location = ProseFields.Location(text),
            SalaryText = ProseFields.Salary(text),
            ValidThrough = ProseFields.ClosingDate(text),
            DescriptionHtml = string.Concat(paragraphs.Where(p => p.Element.LocalName == "p").Select(p => p.Element.OuterHtml)) is { Length: > 0 } all
                ? all
                : element.OuterHtml,
        };

        // "Location: Tallahassee, Florida" or "Salary: $52,000 per year" on a line of its own says more than the prose;
        // a page holding one opening may state them in a sidebar beside its content ("Arbeitsort", "Vergütung").
        return announced.CompletedBy(Sidebars(document, main).CompletedBy(LabelledLines.Read(main)));
    }

    /// <summary>The content's paragraphs, list items, divisions and section headings that hold no such block of their own,
    /// outside the site's furniture, with their text; furniture is judged along the walk's path.</summary>
    private static List<(IElement Element, string Text)> Paragraphs(IElement main)
    {
        var paragraphs = new List<(IElement Element, string Text)>();
        var walk = new PathWalk(main);
        while (walk.MoveNext())
        {
            var element = walk.Current;
            if (element.LocalName is not ("p" or "li" or "div" or "h2" or "h3") || HoldsBlock(element))
            {
                continue;
            }

            if (walk.IsFurniture())
            {
                // Everything inside furniture is furniture.
                walk.SkipFurniture();
                continue;
            }

            if (PlainText.Of(element) is { Length: > 0 } text)
            {
                paragraphs.Add((element, text));
            }
        }

        return paragraphs;
    }

    /// <summary>The first paragraph announcing an opening, with what it announces; null when none does, or when two
    /// announce openings of different titles (the page is no single opening's).</summary>
    private static (IElement Element, string Text, (string Title, string? Hours) Match)? FirstAnnouncement(List<(IElement Element, string Text)> paragraphs)
    {
        (IElement Element, string Text, (string Title, string? Hours) Match)? first = null;
        foreach (var (element, text) in paragraphs)
        {
            if (Announcement(text) is not { } match)
            {
                continue;
            }

            if (first is null)
            {
                first = (element, text, match);
            }
            else if (!string.Equals(first.Value.Match.Title, match.Title, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return first;
    }

    private static bool HoldsBlock(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement { LocalName: "p" or "div" or "li" or "ul" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labelled lines of the page's <c>&lt;aside&gt;</c> sidebars outside its main content.</summary>
    private static PostingDraft Sidebars(IDocument document, IElement main)
    {
        var found = new PostingDraft();
        foreach (var aside in document.GetElementsByTagName("aside"))
        {
            if (!main.Contains(aside) && !aside.Contains(main))
            {
                found = LabelledLines.Read(aside).CompletedBy(found);
            }
        }

        return found;
    }

    /// <summary>The page's first heading when it names the announced opening in full ("Referent*in für
    /// Öffentlichkeitsarbeit (m/w/d)" over "… suchen wir eine*n Referent*in", "事務局スタッフ募集のお知らせ" over
    /// "スタッフを1名募集します"); null when it names something else ("Join Our Team").</summary>
    private static string? NamingHeading(IElement main, string announced)
    {
        var heading = ElementWalk.FirstDescendant(main, e => e.LocalName is "h1" or "h2");
        var text = heading is null ? null : PlainText.Of(heading);
        return text is not null && text.Length > announced.Length && text.Contains(announced, StringComparison.OrdinalIgnoreCase)
            && JobTitles.HasRoleWord(text) && JobTitles.IsShortTitle(text) && !SectionHeadings.IsCareersSection(JobTitles.WithoutHiringWord(text))
            ? text
            : null;
    }

    private static (string Title, string? Hours)? Announcement(string text)
    {
        // Chinese and Japanese write no spaces: "现招聘法律助理一名", "スタッフを1名募集します".
        if (text.AsSpan().IndexOfAny("招诚誠募") >= 0
            && CjkAnnounces().Match(text) is { Success: true } cjk && JobTitles.HasRoleWord(cjk.Groups["title"].Value))
        {
            return (cjk.Groups["title"].Value, null);
        }

        if (text.AsSpan().IndexOfAny(AnnouncingWords) < 0)
        {
            return null;
        }

        foreach (var match in Announces().Matches(text).Cast<Match>())
        {
            var title = Title(match.Groups["rest"].Value);
            if (title is not null && !JobTitles.IsVolunteerOnly(title))
            {
                var hours = match.Groups["hours"].Success ? match.Groups["hours"].Value : null;
                return (title, hours);
            }
        }

        return null;
    }

    /// <summary>The job's name at the start of the words after "hiring a": a run of capitalised words ("Paralegal",
    /// "Director of Development"), else up to four words ending in a role word ("paralegal", "staff attorney").</summary>
    private static string? Title(string rest)
    {
        var capitalised = CapitalisedRun().Match(rest);
        if (capitalised.Success && JobTitles.HasRoleWord(capitalised.Value))
        {
            return capitalised.Value.Trim();
        }

        // A title written in lower case in the sentence is a title in its own right: "juriste" is "Juriste".
        var lower = RoleEnding().Match(rest);
        return lower.Success && JobTitles.HasRoleWord(lower.Value) ? Capitalised(lower.Value.Trim()) : null;
    }

    private static string Capitalised(string title) =>
        title.Length > 0 && char.IsLower(title[0]) ? string.Concat(char.ToUpperInvariant(title[0]).ToString(), title.AsSpan(1)) : title;

    /// <summary>"We are hiring a", "Nous recrutons un(e)", "Buscamos un/a", "Cerchiamo un/una", "Wir suchen eine*n",
    /// "Wij zoeken een", "Procuramos um(a)", followed by the title.</summary>
    [GeneratedRegex(@"(?:\b(?:we\s+are|we're|we’re|is|are|now)\s+(?:currently\s+|now\s+)?(?:hiring|seeking|looking\s+for|recruiting)|\bseeks|\bjob\s+opening\s*[:–—-]?|\bvacancy\s*[:–—-]?|\bopen\s+position\s*[:–—-]|\bnow\s+hiring\s*[:–—-]?|\b(?:nous\s+)?recrutons|\b(?:buscamos|estamos\s+buscando|estamos\s+contratando)|\b(?:cerchiamo|stiamo\s+cercando|ricerchiamo)|\b(?:wir\s+suchen|suchen\s+wir)|\b(?:wij|we)\s+zoeken|\b(?:procuramos|estamos\s+procurando|contratamos))\s+(?:(?:an?|one|two|un\(e\)|un/une|une?|un/una|un/a|una?|uno|eine?[*/]?n?|einen|een|um\(a\)|um/uma|uma?)\s+)?(?:(?:new|experienced|dedicated|motivated|talented|passionate|qualified|permanent|bilingual|(?<hours>full[\s-]?time|part[\s-]?time))[\s,]+)*(?<rest>.{1,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announces();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’/-]*(?:\s+(?:(?:of|for|and|&|de|du|des|la|le|di|del)\s+)?\p{Lu}[\p{L}'’/-]*)*(?:\s*\([^)]{1,40}\))?")]
    private static partial Regex CapitalisedRun();

    /// <summary>"招聘法律助理一名", "诚聘项目专员：", "スタッフを1名募集": the role's ideographs and katakana after a Chinese
    /// hiring word or before a Japanese one.</summary>
    [GeneratedRegex(@"(?:招聘|诚聘|誠聘|招募)(?<title>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー・]{2,16}?)(?:[一二三四五六七八九十两\d]+名|[（(，,。：:；;]|$)|(?<title>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー・]{2,16})を(?:[一二三四五六七八九十\d０-９]+名)?募集")]
    private static partial Regex CjkAnnounces();

    [GeneratedRegex(@"^(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?(?=\s+(?:to|who|for|in|at|with|on|that|position|role|en|pour|dans|avec|à|au|per|nel|nella|presso|con|para|em|no|na|com|für|zur|zum|ab|voor|bij|om|die|der|che|qui|que|full[\s-]?time|part[\s-]?time)(?![\p{L}])|\s*[(（]|[,.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleEnding();

    [GeneratedRegex(@"\b(?:no\s+(?:current\s+)?(?:open\s+positions|openings|vacancies|job\s+openings|positions\s+available)|not\s+(?:currently\s+)?hiring|no\s+(?:hay|tenemos)\s+(?:vacantes|b[úu]squedas)|aucun\s+poste|nessuna\s+posizione|geen\s+vacatures)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoOpenings();

    [GeneratedRegex(@"/(?:news|blog|press|stories|noticias|novedades|actualites|nieuws|notizie)(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NewsPath();
}
