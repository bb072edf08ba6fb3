using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds a page whose content announces one opening in prose ("We are hiring a full-time Paralegal to ...",
/// "... is seeking a Staff Attorney", "Job opening: Investigator"): one posting, whose link is the page itself, with
/// the fields its prose states, or the page's labelled lines ("Location:", "Salary:") where it has them. A later
/// paragraph announcing another role as a further one ("También buscamos …", "We are also looking for …") is an opening
/// of its own, with the fields of its own paragraphs.</summary>
internal static partial class SingleOpening
{
    /// <summary>A word every match of <see cref="Announces"/> holds: a paragraph without one is not asked the pattern,
    /// which tries its many beginnings at every position of the text.</summary>
    private static readonly SearchValues<string> AnnouncingWords = SearchValues.Create(
        [
            "hiring", "seek", "looking", "recruiting", "opening", "vacancy", "position", "recrutons", "recherchons", "buscamos", "buscando",
            "contratando", "cerchiamo", "cercando", "ricerchiamo", "suchen", "zoeken", "procuramos", "procurando", "contratamos",
            "sucht", "zoekt", "cherche", "recrute", "busca", "cerca", "procura", "recruta", "vacature", "selezione", "naborze", "nabór",
            "søger", "söker", "søker", "hledáme",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>"招聘", "募集", "公募", and Taiwan's "徵才", "誠徵", "徵人" ("【徵才】本會誠徵社工員").</summary>
    private static readonly SearchValues<string> CjkAnnouncingWords = SearchValues.Create(["招聘", "募集", "公募", "徵才", "誠徵", "诚聘", "徵人"], StringComparison.Ordinal);

    /// <summary>The Chinese and Japanese hiring words' first characters ("招聘", "诚聘", "誠聘", "募集"), one of which every
    /// match of <see cref="CjkAnnounces"/> holds.</summary>
    private const string CjkAnnouncingCharacters = "招诚誠募";

    public static List<PostingDraft> Find(IDocument document, Uri pageUrl)
    {
        if (PageRegions.MainContent(document) is not { } main || !MayHoldOpening(document, main))
        {
            return [];
        }

        // A news list holds many stories; a post on a news path is read only when its headline is a hiring notice
        // ("Wir suchen Verstärkung: …", "招聘启事", "…募集のお知らせ").
        var paragraphs = Paragraphs(main, document.DocumentElement?.GetAttribute("lang"), out var headlineElement, out var stamp);
        var onNewsPath = NewsPath().IsMatch(pageUrl.AbsolutePath);
        if (headlineElement is null && onNewsPath && document.Body is { } body)
        {
            // A news page's "content" may stand below its title.
            // A blog whose post titles are h2 (Weebly's "blog-title") has no h1: the content's first h2 heads the post.
            headlineElement = ElementWalk.FirstDescendant(body, e => e.LocalName == "h1") ?? ElementWalk.FirstDescendant(main, e => e.LocalName == "h2");
        }

        var headline = headlineElement is null ? null : PlainText.Of(headlineElement);
        var hiringHeadline = headline is not null && HiringHeadline(headline);
        if (onNewsPath && !hiringHeadline)
        {
            return [];
        }

        if (paragraphs.Any(p => SectionHeadings.SaysNoOpenings(p.Text)))
        {
            return [];
        }

        if (Announcements(paragraphs, headline) is not [var (element, text, match), .. var further])
        {
            return TitledPage(main, headlineElement, stamp, paragraphs, pageUrl) is { } titled ? [titled] : [];
        }

        // Each opening's facts are its own paragraphs': the first's end where a further one's begin.
        var own = further.Count == 0 ? paragraphs : paragraphs.TakeWhile(p => p.Element != further[0].Element).ToList();

        // A news post about the opening (its headline announces it or is a hiring notice) states the opening's facts in
        // the sentences after the headline: the announcement's own text first, then the other paragraphs in order. Else
        // the paragraphs from the announcement on tell the opening ("This is a full-time position …", "email … by …"),
        // and those before it the organisation.
        var aboutTheOpening = text == headline || ElementWalk.IsHeading(element) || hiringHeadline;
        var texts = aboutTheOpening
            ? own.Select(p => p.Text).Prepend(text)
            : own.SkipWhile(p => p.Element != element).Select(p => p.Text);
        // "Location: Tallahassee, Florida" or "Salary: $52,000 per year" on a line of its own says more than the prose;
        // a page holding one opening may state them in a sidebar beside its content ("Arbeitsort", "Vergütung"). The
        // prose is read only for what the lines leave out.
        var labelled = Sidebars(document, main).CompletedBy(LabelledLines.Read(main));
        var prose = ProseFields.FirstIn(texts, labelled with { EmploymentType = labelled.EmploymentType ?? match.Hours });
        var announced = new PostingDraft
        {
            // A line labelling the job ("募集職種：事務局員（パートタイム）") names it better than the sentence announcing it.
            Title = LabelledLines.Title(main) ?? NamingHeading(main, element, match.Title) ?? BoldTitle(element, match.Title) ?? match.Title,
            Url = pageUrl,
            FoundOn = pageUrl,
            EmploymentType = match.Hours ?? prose.EmploymentType,
            Location = prose.Location,
            SalaryText = prose.SalaryText,
            ValidThrough = prose.ValidThrough,
            DescriptionHtml = Description(own, element),
        };

        var completed = announced.CompletedBy(labelled);

        // The post's stamp in its markup says more than a "Publicado por …" line.
        var published = PublishedDate(main, headlineElement, stamp);
        // Openings sharing the page have no page of their own: each is known by its title, as a listing's unlinked blocks are.
        var openings = new List<PostingDraft>
        {
            completed with { Url = further.Count == 0 ? completed.Url : null, DatePosted = published ?? completed.DatePosted },
        };
        for (var i = 0; i < further.Count; i++)
        {
            var next = i + 1 < further.Count ? further[i + 1].Element : null;
            var its = paragraphs.SkipWhile(p => p.Element != further[i].Element).TakeWhile(p => p.Element != next).ToList();
            var (furtherElement, _, (furtherTitle, hours)) = further[i];
            var facts = ProseFields.FirstIn(its.Select(p => p.Text), new PostingDraft { EmploymentType = hours });
            openings.Add(new PostingDraft
            {
                Title = BoldTitle(furtherElement, furtherTitle) ?? furtherTitle,
                FoundOn = pageUrl,
                EmploymentType = hours ?? facts.EmploymentType,
                Location = facts.Location,
                SalaryText = facts.SalaryText,
                ValidThrough = facts.ValidThrough,
                DatePosted = published,
                DescriptionHtml = Description(its, furtherElement),
            });
        }

        return openings;
    }

    private static string Description(List<(IElement Element, string Text)> paragraphs, IElement announcing) =>
        string.Concat(paragraphs.Where(p => p.Element.LocalName == "p").Select(p => p.Element.OuterHtml)) is { Length: > 0 } all
            ? all
            : announcing.OuterHtml;

    /// <summary>The bold phrase of the announcing text that starts with the title read and goes on past it ("busca
    /// incorporar un/a &lt;strong&gt;Abogado/a penalista&lt;/strong&gt; para su sede"): the page marks the whole title so.</summary>
    private static string? BoldTitle(IElement element, string title) =>
        ElementWalk.FirstDescendant(element, e => ElementWalk.IsBold(e) && PlainText.Of(e) is { } bold && bold.Length > title.Length
            && bold.StartsWith(title, StringComparison.OrdinalIgnoreCase) && JobTitles.IsShortTitle(bold)) is { } found
            ? JobTitles.Capitalised(PlainText.Of(found)!)
            : null;

    /// <summary>Whether the content holds what every opening found here starts from: a paragraph with an announcing word
    /// (<see cref="Announcement"/> reads no other), or an <c>&lt;h1&gt;</c> naming a role (the headline a titled page
    /// needs). A paragraph's text is part of the content's text unless an element whose text is left out holds it (a
    /// <c>&lt;noscript&gt;</c>), so one search of the content's text rules out a page before its paragraphs are walked.</summary>
    private static bool MayHoldOpening(IDocument document, IElement main)
    {
        var elements = PageElements.Of(document);
        foreach (var entry in elements.All)
        {
            if (entry.Kind == PageElements.Kind.Heading && entry.Element.LocalName == "h1" && main.Contains(entry.Element)
                && NamesJob(PlainText.Of(entry.Element)))
            {
                return true;
            }
        }

        return elements.UnreadHolders.Exists(main.Contains) || HtmlToText.CollapsedPasses(main, MayAnnounce);
    }

    private static bool MayAnnounce(ReadOnlySpan<char> text) =>
        text.IndexOfAny(AnnouncingWords) >= 0 || text.IndexOfAny(CjkAnnouncingCharacters) >= 0;

    /// <summary>A page whose main heading is one job's title and whose lines label the job's facts ("Ubicación:",
    /// "Jornada:", "Salario:", "Plazo:") is that opening's page, though no sentence announces it (a Squarespace page
    /// holding one opening under an "Oferta de empleo" eyebrow, a Belgian "Wij bieden" list, a Japanese 募集要項 table).
    /// Null when the heading names no job or the lines fewer than two of its facts.</summary>
    private static PostingDraft? TitledPage(IElement main, IElement? headline, IElement? stamp, List<(IElement Element, string Text)> paragraphs, Uri pageUrl)
    {
        if (headline is null || !main.Contains(headline) || PlainText.Of(headline) is not { } title || !NamesJob(title)
            || !JobTitles.IsShortTitle(title) || SectionHeadings.IsCareersSection(JobTitles.WithoutHiringWord(title)) || ClosedOpenings.Marks(title)
            || SectionHeadings.NamesCourse(title))
        {
            return null;
        }

        // The line of facts right under the heading ("Wien, 9. Bezirk · 30 Wochenstunden · unbefristet") states them as a
        // listing block's meta line does; a labelled line says more.
        var lines = MetaLine(headline).CompletedBy(LabelledLines.Read(main));
        var facts = (lines.Location is null ? 0 : 1) + (lines.EmploymentType is null ? 0 : 1) + (lines.SalaryText is null ? 0 : 1)
            + (lines.ValidThrough is null ? 0 : 1);
        if (facts < MinTitledPageFacts)
        {
            return null;
        }

        return OwnPageFacts(main, paragraphs.Select(p => p.Text), lines) with
        {
            Title = title,
            Url = pageUrl,
            FoundOn = pageUrl,
            DatePosted = PublishedDate(main, headline, stamp) ?? lines.DatePosted,
            DescriptionHtml = string.Concat(paragraphs.Where(p => p.Element.LocalName == "p").Select(p => p.Element.OuterHtml)),
        };
    }

    private const int MinTitledPageFacts = 2;

    /// <summary>An opening's own page's facts: <paramref name="known"/> (its labelled lines, or what is already known of
    /// it), then the hours of a line labelling the job ("職名：特任助教（任期付・常勤）"), then, for what neither states, the
    /// first of its sentences and list items stating a place, pay, hours or closing date ("Gratification légale (4,35 € de
    /// l'heure).", "Contract van onbepaalde duur, voltijds (38 u/week)", "bruto maandloon tussen € 3.050 en € 4.250").
    /// Read on a page announcing one opening and on a posting's detail page alike.</summary>
    internal static PostingDraft OwnPageFacts(IElement main, IEnumerable<string> texts, PostingDraft known)
    {
        var type = known.EmploymentType ?? (LabelledLines.Title(main) is { } named ? FieldLabels.EmploymentTypeInTitle(named) : null);
        var prose = ProseFields.FirstIn(texts, known with { EmploymentType = type });
        return known with
        {
            Location = known.Location ?? prose.Location,
            EmploymentType = type ?? prose.EmploymentType,
            SalaryText = known.SalaryText ?? prose.SalaryText,
            ValidThrough = known.ValidThrough ?? prose.ValidThrough,
        };
    }

    /// <summary>The texts of the content's paragraphs, list items and headings, as <see cref="OwnPageFacts"/> reads them.</summary>
    internal static IEnumerable<string> ParagraphTexts(IElement main, string? pageLanguage) =>
        Paragraphs(main, pageLanguage, out _, out _).Select(p => p.Text);

    /// <summary>What the short line right after the page's heading states, when it is a line of facts split by dots, bars
    /// or dashes ("Innsbruck · Vollzeit (38 Wochenstunden) · Eintritt ab sofort", "Lyon | CDI | Temps plein"): read as a
    /// listing block's meta line. Empty for no such line.</summary>
    internal static PostingDraft MetaLine(IElement headline)
    {
        const int MaxMetaLineLength = 160;
        return headline.NextElementSibling is { LocalName: "p" or "div" or "span" or "small" } line && PlainText.Of(line) is { Length: <= MaxMetaLineLength } text
            && text.AsSpan().IndexOfAny(MetaLineBreaks) >= 0
            ? BlockFields.Read(line, null)
            : new PostingDraft();
    }

    private static readonly SearchValues<char> MetaLineBreaks = SearchValues.Create("·•|｜");

    /// <summary>A heading names a job when it names a role ("Staff Attorney") or an internship ("Stage juridique").</summary>
    private static bool NamesJob(string? heading) =>
        heading is not null && (JobTitles.HasRoleWord(heading) || FieldLabels.InternIn(heading) is not null);

    /// <summary>The content's paragraphs, list items, divisions and headings that hold no such block of their own,
    /// outside the site's furniture and outside a translation of the page (a part whose <c>lang</c> is not the page's:
    /// the same opening in a second language is not a second opening), with their text; furniture is judged along the
    /// walk's path.</summary>
    /// <remarks>The same walk finds the content's first <c>&lt;h1&gt;</c> (its headline) and its first publication
    /// stamp (<see cref="IsStamp"/>).</remarks>
    private static List<(IElement Element, string Text)> Paragraphs(IElement main, string? pageLanguage, out IElement? headline, out IElement? stamp)
    {
        var paragraphs = new List<(IElement Element, string Text)>();
        headline = null;
        stamp = null;
        var walk = new PathWalk(main);
        while (walk.MoveNext())
        {
            var element = walk.Current;
            if (pageLanguage is not null && element.GetAttribute("lang") is { } language && !SameLanguage(language, pageLanguage))
            {
                walk.SkipChildren();
                continue;
            }

            if (headline is null && element.LocalName == "h1")
            {
                headline = element;
            }

            if (stamp is null && IsStamp(element))
            {
                stamp = element;
            }

            if (element.LocalName is not ("p" or "li" or "div" or "h1" or "h2" or "h3") || HoldsBlock(element))
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

    /// <summary>The first paragraph announcing an opening, with what it announces, then each later paragraph announcing
    /// another role as a further one (<see cref="AnnouncesFurther"/>); empty when none does, or when two announce
    /// openings of different titles otherwise (the page is no single opening's). A headline that announces one names the
    /// page's opening: the post's sentences may word it otherwise ("un segretario o una segretaria legale").</summary>
    private static List<(IElement Element, string Text, (string Title, string? Hours) Match)> Announcements(
        List<(IElement Element, string Text)> paragraphs, string? headline)
    {
        var found = new List<(IElement Element, string Text, (string Title, string? Hours) Match)>();
        foreach (var (element, text) in paragraphs)
        {
            if ((Announcement(text) ?? AnnouncedUnderLead(element, text)) is not { } match)
            {
                continue;
            }

            if (found.Count == 0)
            {
                found.Add((element, text, match));
                if (text == headline || ElementWalk.IsHeading(element))
                {
                    return found;
                }
            }
            else if (!found.Exists(f => f.Match.Title.Contains(match.Title, StringComparison.OrdinalIgnoreCase)
                || match.Title.Contains(f.Match.Title, StringComparison.OrdinalIgnoreCase)))
            {
                // A headline's "Sozialarbeiter*in (m/w/d)" and its post's "Sozialarbeiter*in" are one opening.
                if (!AnnouncesFurther().IsMatch(text))
                {
                    return [];
                }

                found.Add((element, text, match));
            }
        }

        return found;
    }

    /// <summary>What a paragraph announces under a heading that is only the announcing words ("<c>&lt;h4&gt;Wir
    /// suchen&lt;/h4&gt;&lt;p&gt;&lt;b&gt;eine Sozialarbeiterin …&lt;/b&gt; in Teilzeit …</c>", "We're hiring" over "a
    /// Paralegal to …"): the heading read as the sentence's start. Null when no such heading stands right before it.</summary>
    private static (string Title, string? Hours)? AnnouncedUnderLead(IElement paragraph, string text) =>
        paragraph.PreviousElementSibling is { } previous && ElementWalk.IsHeading(previous) && PlainText.Of(previous) is { } lead
            && JobTitles.WordCount(lead) <= MaxLeadWords && lead.AsSpan().IndexOfAny(AnnouncingWords) >= 0 && Announcement(lead) is null
            ? Announcement(string.Concat(lead.TrimEnd(':', '!', ' '), " ", text))
            : null;

    /// <summary>The most words of a heading that only leads an announcement ("Wir suchen", "We are hiring").</summary>
    private const int MaxLeadWords = 3;

    private static bool HoldsBlock(IElement element)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            // An empty clearing <div> holds no text of its own.
            if (children[i] is IElement { LocalName: "p" or "div" or "li" or "ul" } child && child.HasChildNodes)
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
        foreach (var aside in PageElements.Of(document).Asides)
        {
            if (!main.Contains(aside) && !aside.Contains(main))
            {
                found = LabelledLines.Read(aside).CompletedBy(found);
            }
        }

        return found;
    }

    /// <summary>The page's first heading, or the heading just before the announcement, when it names the announced
    /// opening in full ("Referent*in für Öffentlichkeitsarbeit (m/w/d)" over "… suchen wir eine*n Referent*in",
    /// "事務局スタッフ募集のお知らせ" over "スタッフを1名募集します"); null when it names something else ("Join Our Team").</summary>
    private static string? NamingHeading(IElement main, IElement announcement, string announced)
    {
        var first = ElementWalk.FirstDescendant(main, e => e.LocalName is "h1" or "h2");
        var before = announcement.PreviousElementSibling is { } previous && ElementWalk.IsHeading(previous) ? previous : null;
        return Naming(first, announced) ?? Naming(before, announced);
    }

    private static string? Naming(IElement? heading, string announced)
    {
        // A heading that is itself an announcement ("Wij zoeken een juridisch medewerker") names the opening in its words.
        // The remembered role-word verdict is asked first, the patterns last.
        var text = heading is null ? null : PlainText.Of(heading);
        return text is not null && text.Length > announced.Length && JobTitles.HasRoleWord(text) && JobTitles.IsShortTitle(text)
            && NamesRoleOf(text, announced) && Announcement(text) is null && !SectionHeadings.IsCareersSection(JobTitles.WithoutHiringWord(text))
            ? text
            : null;
    }

    /// <summary>Whether a heading names the announced opening: it holds the announced title, or every role word of it
    /// ("Solicitor – Civil Law" over "We are seeking an admitted solicitor").</summary>
    private static bool NamesRoleOf(string heading, string announced)
    {
        if (heading.Contains(announced, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var roles = JobTitles.RoleWord().Matches(announced);
        return roles.Count > 0 && roles.All(role => heading.Contains(role.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a headline holds a hiring word: the post is about an opening ("…募集", and a public call's
    /// "…の公募について", as universities and public bodies announce posts).</summary>
    internal static bool HiringHeadline(string headline) =>
        headline.AsSpan().IndexOfAny(AnnouncingWords) >= 0 || headline.AsSpan().IndexOfAny(CjkAnnouncingWords) >= 0
        || CercasiOrSeBusca().IsMatch(headline);

    /// <summary>When the post was published, as its markup states it: a <c>&lt;time datetime&gt;</c>, an
    /// <c>itemprop="datePublished"</c>, a "published" stamp's title (Blogger's <c>abbr.published</c>), or a short dated
    /// element whose class names a date (Jimdo's "j-blog-post--date"); where the headline stands above the content, a
    /// stamp or a "发布时间：" line beside it. Null on a page that states none.</summary>
    private static string? PublishedDate(IElement main, IElement? headline, IElement? stamp)
    {
        // The walk leaves furniture out; a post's footer may hold its stamp (Blogger's "post-footer").
        if ((stamp ?? ElementWalk.FirstDescendant(main, IsStamp)) is { } found)
        {
            return StampDate(found);
        }

        return headline?.ParentElement is { } post && !main.Contains(headline)
            ? (ElementWalk.FirstDescendant(post, IsStamp) is { } beside ? StampDate(beside) : LabelledLines.Read(post).DatePosted)
            : null;
    }

    internal static string? StampDate(IElement stamp) =>
        stamp.GetAttribute("datetime") ?? stamp.GetAttribute("content")
        ?? (stamp.GetAttribute("title") is { } title ? (IsoDateTitle().Match(title) is { Success: true } iso ? iso.Value : title) : PlainText.Of(stamp));

    /// <remarks>A date after a closing date's label ("Closing date" beside Drupal's <c>time.datetime</c>) is none. Hugo's
    /// themes write the date in a span's title ("2027-01-12 10:00:00 +0100 CET"). Every stamp is marked by an attribute,
    /// and most elements of a page have none.</remarks>
    internal static bool IsStamp(IElement e) =>
        e.Attributes.Length > 0
        && ((e.LocalName == "time" && e.HasAttribute("datetime"))
        || (e.LocalName == "span" && e.GetAttribute("title") is { } title && IsoDateTitle().IsMatch(title))
        || e.GetAttribute("itemprop") == "datePublished"
        || (e.ClassName is { } name
            && ((name.Contains("published", StringComparison.Ordinal) && e.HasAttribute("title"))
                || (name.Contains("date", StringComparison.OrdinalIgnoreCase) && e.ChildElementCount == 0
                    && e.TextContent.Length < 30 && FieldLabels.HasDigit(e.TextContent)))))
        && !BlockFields.FollowsClosingLead(e);

    /// <summary>"de-DE" and "de" are one language; "de" and "it" are two.</summary>
    private static bool SameLanguage(string language, string pageLanguage)
    {
        var a = language.AsSpan();
        var b = pageLanguage.AsSpan();
        var dashA = a.IndexOf('-');
        var dashB = b.IndexOf('-');
        return a[..(dashA < 0 ? a.Length : dashA)].Equals(b[..(dashB < 0 ? b.Length : dashB)], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a text announcing an opening announces ("Wir suchen zum 1. Februar 2027 eine*n Volljurist*in (m/w/d)
    /// in Teilzeit" announces "Volljurist*in (m/w/d)"), and the hours it names before the title; null when it announces
    /// none.</summary>
    internal static (string Title, string? Hours)? Announcement(string text)
    {
        // Chinese and Japanese write no spaces: "现招聘法律助理一名", "スタッフを1名募集します".
        if (text.AsSpan().IndexOfAny(CjkAnnouncingCharacters) >= 0
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
            // A notice's lead ("Vacature: ", "Recrutamento: ") heads a line whose rest is the title.
            var rest = match.Groups["rest"].Value;
            var title = match.Groups["lead"].Success && JobTitles.IsShortTitle(rest) && JobTitles.HasRoleWord(rest) ? JobTitles.Capitalised(rest.Trim()) : Title(rest);
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
        // Both forms of a title each take their article ("eine Sozialarbeiterin / einen Sozialarbeiter", "un abogado / una
        // abogada", "een jurist / een juriste"): the second form without it, as the first lost its own.
        if (rest.Contains('/', StringComparison.Ordinal))
        {
            rest = ArticleAfterSlash().Replace(rest, "/ ");
        }

        var capitalised = CapitalisedRun().Match(rest);
        if (capitalised.Success && JobTitles.HasRoleWord(capitalised.Value))
        {
            return capitalised.Value.Trim();
        }

        // A title written in lower case in the sentence is a title in its own right: "juriste" is "Juriste"; the gender
        // marker after it is part of it ("maatschappelijk werker (m/v/x)").
        var lower = RoleEnding().Match(rest);
        if (!lower.Success || !JobTitles.HasRoleWord(lower.Value))
        {
            return null;
        }

        var marker = GenderBracket().Match(rest, lower.Length);
        return JobTitles.Capitalised(marker.Success ? rest[..(lower.Length + marker.Length)].Trim() : lower.Value.Trim());
    }

    /// <summary>"We are hiring a", "Nous recrutons un(e)", "Buscamos un/a", "Cerchiamo un/una", "Wir suchen eine*n",
    /// "Wij zoeken een", "Procuramos um(a)", "está a recrutar um(a)", "avvia una selezione per", "ogłasza nabór na
    /// stanowisko", or a notice's lead ("Vacature:", "Recrutamento:", "Avviso di selezione per", "Ogłoszenie o naborze
    /// na stanowisko:"), followed by the title. A few words may stand before the article ("sucht
    /// für unser Büro in Köln eine*n"), within the sentence and only when no article follows the verb at once (else "is
    /// hiring a Manager. This is a remote position" would name "remote"); a day's ordinal dot is no sentence's end ("suchen
    /// zum 1. Februar eine*n").</summary>
    [GeneratedRegex(@"(?:\b(?:we\s+are|we're|we’re|is|are|now)\s+(?:currently\s+|now\s+|also\s+)?(?:hiring|seeking|looking\s+for|recruiting)|\bseeks|\bjob\s+opening\s*[:–—-]?|\bvacancy\s*[:–—-]?|\bopen\s+position\s*[:–—-]|\bnow\s+hiring\s*[:–—-]?|\b(?:nous\s+)?recrutons|\bnous\s+recherchons|\b(?:buscamos|estamos\s+buscando|estamos\s+contratando)|\b(?:cerchiamo|stiamo\s+cercando|ricerchiamo|cercasi)|\b(?:wir\s+suchen|suchen\s+wir)|\b(?:wij|we)\s+zoeken|\b(?:procuramos|estamos\s+procurando|contratamos)|\b(?:sucht|zoekt|cherche|recrute|busca|cerca|procura|recruta)|\bzoeken\s+(?:we|wij)|\b(?:est[áa]|estamos)\s+a\s+recrutar|(?<lead>\b(?:vacature|recrutamento)\s*[:–—-])|\bavvi(?:a|amo)\s+una\s+selezione\s+per|\bavviso\s+di\s+selezione\s+per|(?<lead>\bogłoszenie\s+o\s+naborze(?:\s+na\s+stanowisko)?\s*:)|\bogłoszenie\s+o\s+naborze(?:\s+na\s+stanowisko)?|\bogłasza(?:my)?\s+nab[óo]r(?:\s+na\s+stanowisko)?)(?:\s+(?:verst[äa]rkung|versterking|refuerzo|rinforzi|renfort)\s*[:–—-])?\s+(?:(?:[^;:!?.\s](?:[^;:!?.]|(?<=\d)\.(?=\s)){0,40}?\s+)??(?:an?|one|two|un\(e\)|un/une|un·e|un\.e|une?|un/una|un/a|una?|uno|eine?[*/]?n?|einen|een|um\(a\)|um/uma|uma?)\s+)?(?:(?:new|experienced|dedicated|motivated|talented|passionate|qualified|permanent|bilingual|(?<hours>full[\s-]?time|part[\s-]?time))[\s,]+)*(?<rest>.{1,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Announces();

    [GeneratedRegex(@"(?<=\s)/\s*(?:eine?n?|eine[rs]|une?|una?|uno|een|an?|um|uma|la|el|le)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleAfterSlash();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’/*·-]*(?:(?:\s+(?:(?:of|for|and|&|de|du|des|la|le|di|del)\s+)?|\s+/\s+)\p{Lu}[\p{L}'’/*·-]*)*(?:\s*\([^)]{1,40}\))?")]
    private static partial Regex CapitalisedRun();

    /// <summary>"招聘法律助理一名", "诚聘项目专员：", "スタッフを1名募集": the role's ideographs and katakana after a Chinese
    /// hiring word or before a Japanese one.</summary>
    [GeneratedRegex(@"(?:招聘|诚聘|誠聘|招募)(?<title>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー・]{2,16}?)(?:[一二三四五六七八九十两\d]+名|[（(，,。：:；;]|$)|(?<title>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー・]{2,16})(?:（[^）]{1,10}）)?を(?:[一二三四五六七八九十\d０-９]+名)?募集")]
    private static partial Regex CjkAnnounces();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=[\sT]|$)")]
    private static partial Regex IsoDateTitle();

    [GeneratedRegex(@"\G\s*\((?:[mwfhvdxik]\s*/\s*){1,3}[mwfhvdxik]\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderBracket();

    /// <summary>Up to four words of a title written in lower case, ending before a preposition, a relative word or the
    /// job's hours ("asistente administrativo/a a medio tiempo en Arequipa", "juriste à temps plein").</summary>
    [GeneratedRegex(@"^(?:[\p{L}'’/·-]+\s+){0,3}?[\p{L}'’/·-]+?(?=\s+(?:to|who|for|in|at|with|on|that|position|role|en|pour|dans|avec|à|au|per|nel|nella|presso|con|para|em|no|na|com|für|zur|zum|ab|voor|bij|om|die|der|che|qui|que|full[\s-]?time|part[\s-]?time|(?:a|à)\s+(?:tiempo|medio|media|temps|mi-temps|tempo|jornada)|medio\s+tiempo|media\s+jornada|jornada\s+(?:completa|parcial)|tiempo\s+(?:completo|parcial)|temps\s+(?:plein|partiel)|mi-temps|tempo\s+(?:pieno|parziale|integral|inteiro)|teilzeit|vollzeit|deeltijd|voltijd)(?![\p{L}])|\s*[(（]|[,.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleEnding();


    /// <summary>A paragraph that opens by announcing another role beside one already announced: "También buscamos",
    /// "Además buscamos", "We are also looking for", "We're also hiring", "Nous recherchons également", "Nous recrutons
    /// aussi", "Wir suchen außerdem", "Außerdem suchen wir", "Daarnaast zoeken wij", "Wij zoeken ook", "Cerchiamo anche",
    /// "Inoltre cerchiamo", "Também procuramos".</summary>
    [GeneratedRegex(@"^\s*(?:(?:tambi[ée]n|adem[áa]s|asimismo)\s*,?\s+(?:buscamos|estamos\s+buscando)|buscamos\s+(?:tambi[ée]n|adem[áa]s)|(?:we\s+are|we['’]re)\s+also\s+(?:looking\s+for|hiring|seeking|recruiting)|we\s+also\s+(?:seek|need|want)|(?:in\s+addition|additionally|also)\s*,?\s+we\s+are\s+(?:looking\s+for|hiring|seeking|recruiting)|nous\s+(?:recherchons|recrutons|cherchons)\s+(?:également|egalement|aussi)|(?:par\s+ailleurs|en\s+outre)\s*,?\s+nous\s+(?:recherchons|recrutons|cherchons)|wir\s+suchen\s+(?:au(?:ß|ss)erdem|zudem|auch|ebenfalls|zus[äa]tzlich)|(?:au(?:ß|ss)erdem|zudem|zus[äa]tzlich)\s+suchen\s+wir|daarnaast\s+zoeken\s+(?:wij|we)|(?:wij|we)\s+zoeken\s+(?:ook|daarnaast|tevens)|(?:cerchiamo|stiamo\s+cercando)\s+(?:anche|inoltre)|inoltre\s*,?\s+(?:cerchiamo|stiamo\s+cercando)|(?:tamb[ée]m|al[ée]m\s+disso)\s*,?\s+(?:procuramos|estamos\s+(?:a\s+)?procura(?:ndo|r))|procuramos\s+tamb[ée]m)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncesFurther();

    [GeneratedRegex(@"\b(?:cercasi|se\s+busca|se\s+necesita|gesucht)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CercasiOrSeBusca();

    [GeneratedRegex(@"/(?:news|blog|press|stories|noticias|novedades|actualidad|actualites|actualités|nieuws|berichten|notizie|aktuelles|neuigkeiten|nachrichten)(?:/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NewsPath();
}
