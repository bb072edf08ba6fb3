using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Plain HTML listings with no structured data: job tables with labelled columns, repeated blocks holding a
/// title link, "Title – Organization" headings with "read more" links, scored title elements (headings, cards, list
/// items) with or without links, an announcement's numbered posts, and a page announcing one opening in prose.
/// Postings carry what the listing shows; their detail pages complete them.</summary>
internal sealed class ListingHeuristicsStrategy : IListingStrategy
{
    public const string StrategyName = "heuristic";
    private const int AppShellTextLimit = 200;

    /// <summary>The app-shell test's selectors (<see cref="ParsedSelector"/>): the test runs on every page where no
    /// strategy found postings.</summary>
    private static readonly ISelector MountPoints = ParsedSelector.Of("#root, #app, #__next, #___gatsby, #__nuxt, #svelte, #react-root, #app-root, app-root, [data-reactroot], [ng-app], [data-server-rendered]");

    private static readonly ISelector ScriptBundles = ParsedSelector.Of("script[src]");

    private static readonly ISelector NoScripts = ParsedSelector.Of("noscript");

    public string Name => StrategyName;

    public async Task<StrategyOutcome?> TryExtractAsync(PageContent page, ExtractionContext context, CancellationToken cancellationToken)
    {
        if (page.Format != PageFormat.Html)
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        var postings = OwnedByConfiguredOrganization(document, Extract(document, page.Url, context.MaxPostings), context.Source.Organization);
        return postings.Count == 0 ? null : new StrategyOutcome(postings, StrategyName, Pagination.NextPages(document, page.Url), Complete: false, ListingKind.HtmlPage);
    }

    /// <summary>The postings with the site's name replaced by the source's configured organisation where that names the
    /// same owner better (<see cref="SiteName.ConfiguredNamesOwner"/>); postings that name their own organisation keep it.</summary>
    private static IReadOnlyList<PostingDraft> OwnedByConfiguredOrganization(IDocument document, IReadOnlyList<PostingDraft> postings, string? configured)
    {
        if (postings.Count == 0 || string.IsNullOrWhiteSpace(configured) || SiteName.Of(document) is not { } site
            || site == configured || !SiteName.ConfiguredNamesOwner(site, configured, document))
        {
            return postings;
        }

        return postings.Select(p => p.Organization == site ? p with { Organization = configured } : p).ToList();
    }

    /// <summary>The postings the page lists, by the first shape that finds any; no more than <paramref name="maxPostings"/>
    /// (a run's room), found without weighing what lies past them.</summary>
    public static IReadOnlyList<PostingDraft> Extract(IDocument document, Uri pageUrl, int maxPostings = int.MaxValue)
    {
        var found = Find(document, pageUrl, maxPostings);
        // A listing of ads as documents links its application form and notices beside them, and a list of announced
        // openings ("Convocatoria: …") its reports and statutes.
        var announced = found.Exists(d => d.Title is { } title && JobTitles.WithoutHiringWord(title) != title);
        found.RemoveAll(d => JobTitles.NamesFormOrNotice(d.Title) || IsOtherDocument(d, announced));
        for (var i = 0; i < found.Count; i++)
        {
            if (TitleRead(found[i]) is { } read)
            {
                found[i] = read;
            }
        }

        var openings = TranslatedCopies.Without(YearlessOpeningDates.Dated(document, DeadlineBoxes.Dating(document, found)), TranslatedCopies.PreferredLanguage(document));
        // A place that names only a town may take its region from the organisation's own address.
        return openings.Exists(d => d.Location is not null) && PageAddress.Of(document) is { } address
            ? openings.ConvertAll(d => d.Location is null ? d : d with { OrganizationAddress = address })
            : openings;
    }

    /// <summary>A document linked beside openings that names no role: a publication ("Informe anual 2025 (PDF)", "Statuten",
    /// "Safeguarding policy"), or, among openings announced by a lead ("Convocatoria: …"), any document without one.</summary>
    private static bool IsOtherDocument(PostingDraft draft, bool announced) =>
        draft is { Url: { } url, Title: { } title } && LinkFilter.IsDocument(url) && !JobTitles.HasRoleWord(title)
        && (announced || JobTitles.NamesPublication(title));

    /// <summary>What the title itself says that the block did not, and the title without its document's note ("Senior
    /// Caseworker – job description (PDF)" is the opening "Senior Caseworker") and its number of posts ("Candidate
    /// Attorney (2 posts)"): a Japanese or Chinese heading's "wanted" word left out
    /// of the title ("法律事務スタッフ募集" is the opening "法律事務スタッフ"), and the kind of job it names ("Office manager
    /// (parttime)") when the block names none, or an intern's word over the block's hours or workload ("Estagiário(a)"
    /// working "20 horas semanais", a "Stagiaire juriste" at "Taux d'activité : 100 %" is an intern), or a workload or
    /// hours over the block's terms ("Juristin / Jurist 60–80 %" that is "unbefristet" is part time, "Verwaltungsassistenz
    /// (Vollzeit, 37 Std.)" that is "befristet" full time); the town in its closing bracket ("Staff Attorney (Seattle)",
    /// "Tirocinio (6 mesi, Milano)"), of the office it names ("… per la sede di Roma") or a known town after "in" ("Paralegal in
    /// Leeds", "Juriste à Lyon") when the block names no place.
    /// Null when it says nothing more.</summary>
    private static PostingDraft? TitleRead(PostingDraft found)
    {
        if (found.Title is not { } title)
        {
            return null;
        }

        var draft = TitleFactSegments.Read(found with { Title = JobTitles.WithoutHiringWord(JobTitles.WithoutHeadcount(JobTitles.WithoutDocumentNote(OutlineSections.WithoutNumber(title)))) }, withPlace: false);
        var trimmed = draft.Title!;
        var type = draft.EmploymentType;
        var hours = type is null ? FieldLabels.EmploymentTypeInTitle(trimmed) ?? JobTitles.KindOfJobBesideHeadcount(title)
            : FieldLabels.InternIn(type) is null && (FieldLabels.StatesHours(type) || (FieldLabels.WorkloadIn(type) is not null
                && FieldLabels.InternIn(trimmed) is not null)) ? FieldLabels.InternIn(trimmed)
            : !FieldLabels.StatesHours(type) ? FieldLabels.WorkloadIn(trimmed) ?? FieldLabels.HoursIn(trimmed)
            : null;
        var place = draft.Location is null ? JobTitles.PlaceInBrackets(trimmed) ?? ProseFields.OfficePlace(trimmed) ?? ProseFields.KnownTownAfterPreposition(trimmed) : null;
        return trimmed == title && hours is null && place is null && draft.EmploymentType == found.EmploymentType ? null
            : draft with { Title = trimmed, EmploymentType = hours ?? draft.EmploymentType, Location = place ?? draft.Location };
    }

    private static List<PostingDraft> Find(IDocument document, Uri pageUrl, int maxPostings)
    {
        // Relative links' base: the page's <base href> when it names one, else the page (Squarespace writes an empty one).
        var declarations = PageElements.Of(document);
        var linkBase = Links.Resolve(pageUrl, declarations.Base?.GetAttribute("href")) ?? pageUrl;

        // The site's name is read only for a page that lists something.
        string? SiteNameOf() => SiteName.Of(document, declarations.NameDeclaration);

        // A news, team or report page's table of roles (an annual report's staff and pay) lists no openings, unless the
        // page's own heading announces openings (a news post "徵才啟事").
        // A sidebar's job table under a careers heading lists the site's openings beside a content of another kind.
        IReadOnlyList<PostingDraft> tabled = SectionHeadings.IsNotAListingPage(pageUrl) && !SectionHeadings.HeadedAsCareersPage(document) ? []
            : JobTables.Find(document, pageUrl, linkBase, maxPostings) is { Count: > 0 } inContent ? inContent
            : CareersWidgets.Table(document, pageUrl, linkBase, maxPostings);
        if (tabled.Count > 0)
        {
            var tableSite = SiteNameOf();
            return tabled.Select(d => d with { Organization = tableSite }).ToList();
        }

        // A news list's items tagged as recruitment ("採用", "Vacatures") are openings, on a news page too.
        var tagged = TaggedNewsItems.Find(document, pageUrl, linkBase, maxPostings);
        if (tagged.Count > 0)
        {
            var newsSite = SiteNameOf();
            return tagged.Select(d => d with { Organization = newsSite }).ToList();
        }

        var listed = RepeatedBlocks.Find(document, pageUrl, linkBase, maxPostings);
        var items = ListedSections.OpeningsOnly(listed.Where(i => !Closed(i)).ToList());
        // A news, team or publications page lists its own kind of thing, however job-like its links read, but in a
        // section it heads as openings ("Concursos vigentes" between a department's events and publications), and a news
        // item whose title announces a posting ("Stellenausschreibung: Jurist*in", "Vacature Jurist") is a job ad.
        if (items.Count > 0 && SectionHeadings.IsNotAListingPage(pageUrl))
        {
            items = ListedSections.UnderCareersSection(items) is { Count: > 0 } underCareers ? underCareers
                : items.FindAll(i => JobTitles.AnnouncesPosting(i.Title));
        }

        if (items.Count > 0 && !ListsOtherSitesOnly(items, document, pageUrl))
        {
            var split = SplitsTitleAndOrganization(items);
            var listSite = split ? null : SiteNameOf();
            var fromBlocks = items.Take(maxPostings).Select(item => FromBlock(item, pageUrl, listSite, split)).ToList();
            if (fromBlocks.TrueForAll(d => d.Location is null) && PlaceBefore(items[0].Block) is { } place)
            {
                fromBlocks = fromBlocks.ConvertAll(d => d with { Location = place });
            }

            return ClosingSentences.DatingEvery(fromBlocks,
                () => ClosingSentences.AfterLastBlock(items[^1].Block) ?? ClosingSentences.AboveFirst(items[0].Block),
                i => items[i].Block is { } block && ClosingSentences.SaysOpenUntilFilled(PlainText.Of(block)));
        }

        var headed = TitleOrganizationHeadings.Find(document, pageUrl, linkBase);
        if (headed.Count > 0)
        {
            // A heading that names no organisation beside its title is the site's own opening.
            var headedSite = headed.Any(h => h.Organization is null) ? SiteNameOf() : null;
            // Headings that share one block (a CMS body field of h2s and lists) each read the facts after them, as does a
            // heading whose block holds the page's own heading and intro before it. A heading whose dash names no
            // organisation may name the town ("Staff Lawyer – Toronto"), as an opening block's title does.
            var sharing = headed.CountBy(h => h.Block).Where(c => c.Value > 1).Select(c => c.Key).ToHashSet();
            var fromHeadings = headed.Take(maxPostings).Select(h => OpeningBlocks.WithPlaceFromTitle(((sharing.Contains(h.Block) || OpeningBlock.HeadedAbove(h.Block, h.Heading))
                && FactsAfter(h.Heading) is { Count: > 0 } facts
                ? BlockFields.ReadRun(facts) : BlockFields.Read(h.Block, h.Heading)) with
            {
                Title = h.Title,
                Organization = h.Organization ?? headedSite,
                Url = h.Url,
                FoundOn = pageUrl,
            })).ToList();
            Func<int, bool> openUntilFilled = i => ClosingSentences.SaysOpenUntilFilled(PlainText.Of(headed[i].Block));
            var dated = ClosingSentences.DatingAll(fromHeadings, () => ClosingSentences.ToAllAfterList(FactsAfter(headed[fromHeadings.Count - 1].Heading)),
                openUntilFilled);
            return ClosingSentences.DatingEvery(dated, () => ClosingSentences.AboveFirst(headed[0].Heading), openUntilFilled);
        }

        var blocks = OpeningBlocks.Find(document, pageUrl, linkBase);
        if (blocks.Count > 0)
        {
            var blockSite = SiteNameOf();
            return blocks.Take(maxPostings).Select(d => d with { Organization = d.Organization ?? blockSite }).ToList();
        }

        var numbered = NumberedPosts.Find(document, pageUrl);
        if (numbered.Count > 0)
        {
            var numberedSite = SiteNameOf();
            return numbered.Take(maxPostings).Select(d => d with { Organization = numberedSite }).ToList();
        }

        var announced = SingleOpening.Find(document, pageUrl);
        if (announced.Count > 0)
        {
            var announcingSite = SiteNameOf();
            return announced.Take(maxPostings).Select(d => d with { Organization = announcingSite }).ToList();
        }

        var widgeted = CareersWidgets.Find(document, pageUrl, linkBase);
        if (widgeted.Count > 0)
        {
            var widgetSite = SiteNameOf();
            return widgeted.Take(maxPostings).Select(item => FromBlock(item, pageUrl, widgetSite, split: false)).ToList();
        }

        return [];
    }

    /// <summary>Links that all lead to other sites, each to a job search ("Staff Attorney jobs in Fresno, CA – Indeed") or on
    /// a page that says it has no openings of its own ("Rechtsanwält*in – Stellen in Dresden"): other sites' job searches,
    /// not openings. The page's text is read only for such a list.</summary>
    private static bool ListsOtherSitesOnly(List<ListingItem> items, IDocument document, Uri pageUrl) =>
        items.TrueForAll(i => !LinkFilter.SameSite(i.Url, pageUrl))
        && (items.TrueForAll(i => LinkFilter.IsJobSearch(i.Url, i.Title))
            || (PageRegions.MainContent(document) is { } main && SectionHeadings.SaysNoOpenings(main)));

    /// <summary>An application shell that renders everything with JavaScript: almost no visible text, and an empty
    /// mount point (<c>#root</c>, <c>#app</c>, <c>#__next</c>), script bundles or a noscript "enable JavaScript".</summary>
    public static bool LooksLikeJavaScriptAppShell(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return false;
        }

        if (HasMoreVisibleText(body, AppShellTextLimit))
        {
            return false;
        }

        var mount = ElementWalk.FirstDescendant(body, e => MountPoints.Match(e, body));
        var emptyMount = mount is not null && (PlainText.Collapse(mount.TextContent)?.Length ?? 0) < 50;
        var root = document.DocumentElement;
        var bundles = root is not null && (ScriptBundles.Match(root, root) || ElementWalk.FirstDescendant(root, e => ScriptBundles.Match(e, root)) is not null);
        var noscript = root is not null && ElementWalk.Descendants(root).Prepend(root)
            .Any(n => NoScripts.Match(n, root) && n.TextContent.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        var signals = (emptyMount ? 1 : 0) + (bundles ? 1 : 0) + (noscript ? 1 : 0);
        return signals >= 2 && (emptyMount || noscript);
    }

    /// <summary>Whether the text nodes outside scripts, styles, noscript and templates hold more than
    /// <paramref name="limit"/> characters once each node's whitespace is collapsed; one walk that stops at the limit.</summary>
    private static bool HasMoreVisibleText(IElement body, int limit)
    {
        var visible = 0;
        var pending = new Stack<INode>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText text)
            {
                visible += CollapsedLength(text.Data);
                if (visible > limit)
                {
                    return true;
                }

                continue;
            }

            if (node is IElement { LocalName: "script" or "style" or "noscript" or "template" })
            {
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push(child);
            }
        }

        return false;
    }

    /// <summary>The length <see cref="PlainText.Collapse"/> gives a text (runs of whitespace one space, trimmed),
    /// counted without making it.</summary>
    private static int CollapsedLength(string text)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u200B')
            {
                pendingSpace = length > 0;
                continue;
            }

            length += pendingSpace ? 2 : 1;
            pendingSpace = false;
        }

        return length;
    }

    private static PostingDraft FromBlock(ListingItem item, Uri pageUrl, string? organization, bool split)
    {
        var titleElement = TitleElement(item);
        // A block inside its title's heading (the title link alone, where the cards' shapes differ) holds only the title;
        // its facts follow the heading.
        var insideTitle = item.Block is not null && item.Block != titleElement && titleElement.Contains(item.Block);
        var fields = item.Block is null || insideTitle ? new PostingDraft() : BlockFields.Read(item.Block, titleElement);
        // A link that is its own block stands in a sentence naming other openings too, unless it holds blocks of its own
        // (a Bootstrap list group's items are links holding a heading and lines of facts).
        if (item.Block is null || (item.Block == item.Link && !HoldsBlocks(item.Link)))
        {
            fields = InlineFacts(item.Link).CompletedBy(fields);
        }
        else if (!insideTitle && BracketedFacts.After(item.Link) is { } bracketed)
        {
            // "<a>Paralegal</a> (posted November 12, 2026) — Portland, OR": the bracket fills what the block left out.
            fields = bracketed.CompletedBy(fields);
        }

        if (item.Block is not null && Term(item.Block) is { } term && ElementWalk.Definitions(term) is { Count: > 0 } definitions)
        {
            fields = fields.CompletedBy(BlockFields.ReadRun(definitions));
        }
        else if ((insideTitle ? titleElement : item.Block) is { } heading && FactsAfter(heading) is { Count: > 0 } facts)
        {
            fields = fields.CompletedBy(BlockFields.ReadRun(facts));
        }

        var (title, fromTitle) = split ? CssExtractor.SplitTitleAndOrganization(item.Title) : (item.Title, null);
        return fields with
        {
            Title = title,
            Organization = fromTitle ?? fields.Organization ?? organization,
            Url = item.Url,
            DatePosted = fields.DatePosted ?? DateHeadings.PostedAbove(item.Block ?? item.Link),
            FoundOn = pageUrl,
        };
    }

    /// <summary>What a sentence naming several openings by their links says of one ("We are hiring a <a>Staff
    /// Attorney</a> (Chicago, full-time, $72,000–$85,000) and a <a>Paralegal</a> (…). Applications close January 8,
    /// 2027."): the facts in brackets after its link, and a closing date the paragraph states for all, unless its own
    /// facts say it stays open until filled.</summary>
    private static PostingDraft InlineFacts(IElement link)
    {
        var bracketed = BracketedFacts.After(link);
        var facts = bracketed ?? new PostingDraft();
        if (link.ParentElement is not { } paragraph || PlainText.Of(paragraph) is not { } text)
        {
            return facts;
        }

        if (bracketed is null)
        {
            // "… is hiring a Staff Attorney and an Investigator, both full-time and based in Anchorage": a sentence
            // stating one place and one kind of job, and no bracket of facts after the link, states them for every opening.
            facts = facts with { Location = OnlyOne(text, ProseFields.PlaceOfWork), EmploymentType = OnlyOne(text, FieldLabels.HoursIn) };
        }

        return facts.ValidThrough is null && !ClosingSentences.SaysOpenUntilFilled(BracketedFacts.TextAfter(link))
            ? facts with { ValidThrough = ProseFields.ClosingDate(text) }
            : facts;
    }

    /// <summary>What <paramref name="read"/> finds in the text when it finds nothing more after it; null otherwise.</summary>
    private static string? OnlyOne(string text, Func<string, string?> read) =>
        read(text) is { } value && text.IndexOf(value, StringComparison.Ordinal) is var at and >= 0 && read(text[(at + value.Length)..]) is null
            ? value
            : null;

    /// <summary>Whether the link holds a heading, a paragraph or a division: it is a card, not a few words of a sentence.</summary>
    private static bool HoldsBlocks(IElement link) =>
        link.Children.Any(c => c.LocalName is "div" or "p" or "ul" or "ol" or "table" or "section" || ElementWalk.IsHeading(c));

    /// <summary>An item is closed when its title is struck through, or its block, its facts after a heading block, or its
    /// title (without a block) say so, or its block says its procedure is finished (<see cref="FinishedProcedures"/>).</summary>
    private static bool Closed(ListingItem item) =>
        ClosedOpenings.StruckThrough(item.Link)
        || (item.Block is { } block
            ? ClosedOpenings.Marks(block) || FactsAfter(block).Exists(ClosedOpenings.Marks) || FinishedProcedures.Marks(block)
            : ClosedOpenings.Marks(item.Title));

    /// <summary>The place the lead-in right before a list names for all its openings ("We are hiring for the following
    /// positions in Austin, Texas:"), the lead-in standing before the list's first block or before the wrapper that
    /// starts with it (a page builder's widget); null when none does.</summary>
    private static string? PlaceBefore(IElement? firstBlock)
    {
        const int MaxWrappers = 4;
        var element = firstBlock;
        for (var depth = 0; element is not null && depth <= MaxWrappers; depth++, element = element.ParentElement)
        {
            if (element.PreviousElementSibling is { } previous)
            {
                return PlainText.Of(previous) is { } text ? ProseFields.ListIntroPlace(text) : null;
            }
        }

        return null;
    }

    /// <summary>A heading's facts stand in the siblings after it, up to the next heading ("<h3><a>Caseworker</a></h3>
    /// <p>Location: Leeds<br>Salary: …</p>"), as a term's stand in its definitions; after the heading's wrapper when the
    /// heading is all it holds (Joomla's <c>&lt;div class="page-header"&gt;&lt;h2&gt;</c>). None for a block that is no
    /// heading.</summary>
    private static List<IElement> FactsAfter(IElement heading)
    {
        const int MaxFacts = 6;
        var facts = new List<IElement>();
        if (!ElementWalk.IsHeading(heading))
        {
            return facts;
        }

        var first = heading.NextElementSibling
            ?? (heading.ParentElement is { ChildElementCount: 1 } wrapper && wrapper.LocalName is "div" or "header" ? wrapper.NextElementSibling : null);
        for (var next = first; next is not null && facts.Count < MaxFacts; next = next.NextElementSibling)
        {
            if (ElementWalk.IsHeading(next) || ElementWalk.FirstDescendant(next, ElementWalk.IsHeading) is not null)
            {
                break;
            }

            facts.Add(next);
        }

        return facts;
    }

    /// <summary>The <c>&lt;dt&gt;</c> a block is or stands alone in: a definition list holds each opening's title as a term
    /// and its facts in the definitions after it.</summary>
    private static IElement? Term(IElement block) =>
        block.LocalName == "dt" ? block
            : block.ParentElement is { LocalName: "dt" } parent && parent.ChildElementCount == 1 ? parent
            : null;

    /// <summary>The element to leave out when reading the block's other fields: the heading inside a card link, the
    /// heading around a title link when it holds only the title, else the link.</summary>
    private static IElement TitleElement(ListingItem item)
    {
        var inner = RepeatedBlocks.InnerTitle(item.Link);
        if (inner != item.Link)
        {
            return inner;
        }

        return item.Link.ParentElement is { } parent && ElementWalk.IsHeading(parent)
            && PlainText.Collapse(parent.TextContent) == PlainText.Collapse(item.Link.TextContent)
            ? parent
            : item.Link;
    }

    /// <summary>A network's listing names a different organisation after each title ("Operations Coordinator – Georgia
    /// Innocence Project"); a single employer's dashes are part of its titles ("Investigator – Post-Conviction Unit").
    /// Split only when every title has the dash, each tail names an organisation, and the tails differ.</summary>
    private static bool SplitsTitleAndOrganization(List<ListingItem> items)
    {
        var tails = items.Select(i => CssExtractor.SplitTitleAndOrganization(i.Title).Organization).ToList();
        return items.Count >= 2
            && tails.All(t => t is not null && JobTitles.LooksLikeOrganization(t))
            && tails.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2;
    }
}
