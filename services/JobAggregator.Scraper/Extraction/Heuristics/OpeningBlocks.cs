using System.Buffers;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds openings that small organisations list as repeated title elements with or without a link of their
/// own: headings under "Offres d'emploi", Bootstrap or Elementor cards, list items that start with a bold title.</summary>
/// <remarks>Each title element is scored (<see cref="OpeningScore"/>): a role word in the title, a gender marker
/// ("(m/w/d)", "/a", "·e"), a careers section heading above it, labelled job fields and a link in its block. Title
/// elements of one shape under one section heading form a group; the best group is the listing when its section is a
/// careers section, or, without one, when it repeats, every member carries job fields or a link and its average score
/// reaches the mark, a block stating most of an opening's facts adding to it (<see cref="OpeningScore.StatesFacts"/>). A section that
/// says there are no openings, or is about volunteering, news or the team, gives nothing.</remarks>
internal static class OpeningBlocks
{
    private const int MinScore = 4;

    public static IReadOnlyList<PostingDraft> Find(IDocument document, Uri pageUrl, Uri linkBase)
    {
        // A news post whose own heading announces openings ("【徵才】…", "Vacatures 2027") lists them, as its job table does.
        if ((SectionHeadings.IsNotAListingPage(pageUrl) && !SectionHeadings.HeadedAsCareersPage(document))
            || PageRegions.MainContent(document) is not { } main)
        {
            return [];
        }

        // Title elements of one shape under one section heading form a group, the groups in the order they first appear.
        var (headings, titles, panes) = HeadingsAndTitles(main);
        // Accepted takes no group without a title naming a role: a page whose titles name none gives nothing.
        if (!titles.Exists(t => JobTitles.HasRoleWord(t.Text)))
        {
            return [];
        }

        var groupOf = new Dictionary<(string Shape, IElement? Section), int>();
        var groups = new List<(string Shape, IElement? Section, List<(IElement Title, string Text)> Titles)>();
        // A heading of the titles' own shape that names a section ("Oportunidades de emprego", "Arquivo de ofertas
        // anteriores", where a builder gives every heading one tag and class) heads the titles of its shape after it,
        // and no block of a title of its shape reaches over one that does.
        Dictionary<string, (IElement Heading, int Position)>? namedSections = null;
        Dictionary<string, List<IElement>>? sectionTitles = null;
        Dictionary<IElement, string>? placeOf = null;
        (IElement? Heading, string? Place) lastOffice = default;
        Dictionary<IElement, IElement>? careersOver = null;
        foreach (var title in titles)
        {
            var shape = Shape(title.Element);
            if (NamesSection(title))
            {
                (namedSections ??= [])[shape] = (title.Element, title.Position);
                continue;
            }

            var (section, sectionPosition) = SectionOf(title, headings);
            // A heading naming an office ("Beratungsstelle Bremen") is a sub-section: the titles under it belong to the
            // section above it, at the office's place.
            if (section is { } office && OfficePlace(office, ref lastOffice) is { } place)
            {
                (placeOf ??= new(ReferenceEqualityComparer.Instance))[title.Element] = place;
                (section, sectionPosition) = SectionOf(new TitleElement(office, "", sectionPosition), headings);
            }
            else if (section is { } subsection && (careersOver is null || !careersOver.ContainsKey(subsection))
                && CareersAbove(subsection, sectionPosition, headings) is { } careers)
            {
                (careersOver ??= new(ReferenceEqualityComparer.Instance))[subsection] = careers;
            }

            if (namedSections is not null && namedSections.TryGetValue(shape, out var named) && named.Position > sectionPosition)
            {
                section = named.Heading;
                var ofShape = (sectionTitles ??= []).TryGetValue(shape, out var list) ? list : sectionTitles[shape] = [];
                if (!ofShape.Contains(named.Heading))
                {
                    ofShape.Add(named.Heading);
                }
            }

            var key = (shape, section);
            if (!groupOf.TryGetValue(key, out var index))
            {
                index = groups.Count;
                groupOf[key] = index;
                groups.Add((shape, section, []));
            }

            groups[index].Titles.Add((title.Element, title.Text));
        }

        // The first of the accepted groups with the highest score.
        List<Candidate>? best = null;
        var bestTotal = 0;
        foreach (var (shape, section, members) in groups)
        {
            // A group whose every title scored the most could not beat the best so far: it is not scored.
            if (best is not null && members.Count * OpeningScore.Highest <= bestTotal)
            {
                continue;
            }

            // A sub-heading under the careers heading is read as that heading (CareersAbove).
            var over = section is not null ? careersOver?.GetValueOrDefault(section) : null;
            var group = Score(members, (over ?? section) is { } heading ? PlainText.Of(heading) : null, pageUrl, linkBase, panes,
                sectionTitles?.GetValueOrDefault(shape), subsection: over is not null);
            if (group.Count > 0 && Accepted(group) && (best is null || Total(group) > bestTotal))
            {
                best = group;
                bestTotal = Total(group);
            }
        }

        // A page that says it has no openings gives none, whatever it lists: asked last, as its whole text is read.
        if (best is null || SectionHeadings.SaysNoOpenings(main))
        {
            return [];
        }

        // A title outside its block (a heading before its run of facts) marks its position closed by itself ("【募集終了】…").
        var open = best.Where(c => !ClosedOpenings.Marks(c.Block.Text()) && !ClosedOpenings.Marks(c.Text) && !ClosedOpenings.StruckThrough(c.Title)).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        var read = open
            .Select(c => (Draft: FieldsOf(c, document) is var fields && fields.Location is null && placeOf?.GetValueOrDefault(c.Title) is { } place
                ? fields with { Location = place, Url = c.Url, ApplyUrl = c.ApplyUrl ?? fields.ApplyUrl, FoundOn = pageUrl }
                : fields with { Url = c.Url, ApplyUrl = c.ApplyUrl ?? fields.ApplyUrl, FoundOn = pageUrl }, c.Block))
            .DistinctBy(r => (r.Draft.Title, r.Draft.Url))
            .ToList();
        Func<int, bool> openUntilFilled = i => ClosingSentences.SaysOpenUntilFilled(read[i].Block.Text());
        var dated = ClosingSentences.DatingAll(PostDates.Dating(read.ConvertAll(r => r.Draft), main, open[0].Title), () => open[^1].Block.ClosingToAll(),
            openUntilFilled);
        var closing = ClosingSentences.DatingEvery(dated,
            () => ClosingSentences.AboveFirst(open[0].Title) ?? ClosingSentences.InApplySectionAfter(open[^1].Title)
                ?? ClosingSentences.LabelledAfterList(open[0].Title, open[^1].Title), openUntilFilled);
        // The posts of a notice's outline share what its later sections state (the place of work, how and by when to apply).
        return open[0].Section is { } posts && OutlineSections.NamesPosts(posts) ? OutlineSections.Sharing(closing, open[^1].Title) : closing;
    }

    /// <summary>What an opening's block states, with what its buttons show, its title's badge and its title's town.</summary>
    private static PostingDraft FieldsOf(Candidate candidate, IDocument document) =>
        WithPlaceFromTitle(WithBadgeRead(WithAnnouncedHours(WithBracketedFacts(WithLeadingItemFacts(ShownDetails.Complete(candidate.Block.Fields(candidate.Title), candidate.Block, candidate.Text, document),
            candidate.Title), candidate.Title), candidate), candidate.Title, candidate.Text));

    /// <summary>An item that opens with its title states its facts in the bracket and tail after it (<see cref="LeadingTitleItems"/>).</summary>
    private static PostingDraft WithLeadingItemFacts(PostingDraft fields, IElement title) =>
        title.LocalName == "li" && LeadingTitleItems.Read(title) is { } leading ? leading.Facts.CompletedBy(fields) with { FoundOn = fields.FoundOn } : fields;

    /// <summary>The facts in brackets after the title fill what the block's reading left out (a place among them).</summary>
    private static PostingDraft WithBracketedFacts(PostingDraft fields, IElement title) =>
        BracketedFacts.After(title) is { } facts ? facts.CompletedBy(fields) with { FoundOn = fields.FoundOn } : fields;

    /// <summary>The hours a heading announcing the opening names beside its title ("… eine*n Volljurist*in (m/w/d) in
    /// Teilzeit") say what kind of job it is, before the block's terms ("befristet auf zwei Jahre").</summary>
    private static PostingDraft WithAnnouncedHours(PostingDraft fields, Candidate candidate) =>
        PlainText.Of(candidate.Title) is { } heading && heading != candidate.Text && FieldLabels.HoursIn(heading) is { } hours
            ? fields with { EmploymentType = hours }
            : fields;

    /// <summary>A badge closing a title heading ("Abogado/a de extranjería <span class="badge">Remoto</span>") is a fact
    /// about the opening, not part of its title: the title without it, and a remote badge added to the place.</summary>
    private static PostingDraft WithBadgeRead(PostingDraft fields, IElement title, string text)
    {
        if (title.LastElementChild is not { } last || !IsBadge(last) || PlainText.Collapse(last.TextContent) is not { } badge
            || badge.Length >= text.Length || !text.EndsWith(badge, StringComparison.Ordinal))
        {
            return fields with { Title = text };
        }

        var location = !BlockFields.SaysRemote(badge) ? fields.Location
            : fields.Location is { } place ? $"{place} ({badge})"
            : badge;
        return fields with { Title = text[..^badge.Length].TrimEnd(), Location = location };
    }

    /// <summary>A heading "Avvocato/a penalista – Napoli" names the opening, then its town: when the block states no place,
    /// a short tail after the last spaced dash that reads as a place (no role word, not an organisation) is the place, and
    /// the contract or hours segments around it are the kind of job (<see cref="TitleFactSegments"/>).</summary>
    public static PostingDraft WithPlaceFromTitle(PostingDraft fields) => TitleFactSegments.Read(fields, withPlace: true);

    private static bool IsBadge(IElement element) =>
        element.ClassName is { } classes
        && (classes.Contains("badge", StringComparison.OrdinalIgnoreCase) || classes.Contains("tag", StringComparison.OrdinalIgnoreCase)
            || classes.Contains("chip", StringComparison.OrdinalIgnoreCase) || classes.Contains("pill", StringComparison.OrdinalIgnoreCase));

    /// <param name="panes">The tab panes of the page's tab controls that are titles: a tab's opening stands in its pane.</param>
    /// <param name="sectionTitles">The headings of the titles' own shape that head titles of it: no opening's block reaches over one.</param>
    /// <param name="subsection">Whether the section is the careers heading above the titles' own sub-heading: every block
    /// must then state job fields or link its opening.</param>
    private static List<Candidate> Score(List<(IElement Title, string Text)> members, string? section, Uri pageUrl, Uri linkBase,
        Dictionary<IElement, IElement>? panes, List<IElement>? sectionTitles, bool subsection)
    {
        // Accepted takes a lone title only under a careers heading, nothing under another kind of list and no group
        // without a title naming a role: such groups are turned down before their titles' links are resolved.
        var careers = section is not null && SectionHeadings.IsCareersSection(section);
        if ((members.Count < 2 && !careers) || (section is not null && SectionHeadings.IsOtherSection(section))
            || !members.Exists(m => JobTitles.HasRoleWord(m.Text)) || (!careers && members.Exists(m => RunsIn(m.Title))))
        {
            return [];
        }

        // A title that links somewhere no posting can be (news, donations, another site's home) is not an opening. The
        // link of one that may be is kept: it is the title's link (LinkOf) without being looked up and resolved again.
        var titles = new List<LinkedTitle>(members.Count);
        foreach (var (title, text) in members)
        {
            if (OwnLink(title) is not { } own || IsInPageLink(own) || IsMailLink(own))
            {
                titles.Add(new LinkedTitle(title, text, null));
            }
            else if (Links.Resolve(linkBase, own.GetAttribute("href")) is { } target && LinkFilter.MayBePosting(target, pageUrl))
            {
                titles.Add(new LinkedTitle(title, text, target));
            }
        }

        // Accepted takes a lone title only under a careers heading, and elsewhere wants job fields or a link in every
        // block: a group it would turn down is not scored to the end.
        if (TurnedDown(titles, section) || (titles.Count < 2 && !careers))
        {
            return [];
        }

        var elements = new List<IElement>(titles.Count);
        foreach (var (title, _, _) in titles)
        {
            elements.Add(title);
        }

        var holding = Holding(sectionTitles is null ? elements : [.. elements, .. sectionTitles]);
        var candidates = new List<Candidate>(titles.Count);
        foreach (var (title, text, ownTarget) in titles)
        {
            var block = panes is not null && panes.TryGetValue(title, out var pane) ? OpeningBlock.Holding(pane) : OpeningBlock.Of(title, elements, holding);
            // A link that may be a posting among a site's own pages may be one wherever it leads.
            var (blockLink, apply) = ownTarget is null ? LinkOf(block, pageUrl, linkBase) : default;
            // An "Apply" button to a form ("Candidate-se" to a Google Form) is the opening's application, and no page of
            // its own: the opening stays on the listing's page.
            var form = apply && LinkFilter.IsForm(blockLink!);
            var url = ownTarget ?? (form ? null : blockLink);
            var score = OpeningScore.Of(text, section, block, title, blockLink is not null || ownTarget is not null);
            if ((!careers || subsection) && !score.Fields && url is null && !form)
            {
                return [];
            }

            candidates.Add(new Candidate(title, text, section, block, url, apply ? blockLink : null, score));
        }

        return candidates;
    }

    /// <summary>Whether <see cref="Accepted"/> turns the group down whatever its blocks hold: its section is another
    /// kind of list, too few of its titles name a role, or every title names only volunteers. The blocks, links and
    /// scores of such a group are not worth working out.</summary>
    private static bool TurnedDown(List<LinkedTitle> titles, string? section) =>
        titles.Count > 0 && ((section is not null && SectionHeadings.IsOtherSection(section))
            || titles.Count(t => JobTitles.HasRoleWord(t.Text)) * 2 < titles.Count
            || titles.All(t => JobTitles.IsVolunteerOnly(t.Text)));

    private static bool Accepted(List<Candidate> group)
    {
        var section = group[0].Section;
        if (section is not null && SectionHeadings.IsOtherSection(section))
        {
            return false;
        }

        var roleWords = group.Count(c => c.Score.RoleWord);
        if (roleWords * 2 < group.Count || group.All(c => JobTitles.IsVolunteerOnly(c.Text)) || ListsSpeakers(group))
        {
            return false;
        }

        if (section is not null && SectionHeadings.IsCareersSection(section) && group.Any(c => c.Score.RoleWord))
        {
            return true;
        }

        if (group.Count < 2 || !group.All(c => c.Score.Fields || c.Url is not null || c.ApplyUrl is not null))
        {
            return false;
        }

        var mark = MinScore * group.Count;
        var total = Total(group);
        return total >= mark || total + group.Count(c => OpeningScore.StatesFacts(c.Block, c.Title)) >= mark;
    }

    /// <summary>Whether half or more of the group's titles are followed by what their holder speaks about
    /// (<see cref="SpeakerLines"/>): an event's speakers named by their posts, under whatever heading.</summary>
    private static bool ListsSpeakers(List<Candidate> group) =>
        group.Count(c => c.Block.Text() is { } text && SpeakerLines.SaysTopic(text.IndexOf(c.Text, StringComparison.Ordinal) is var at and >= 0 ? text[(at + c.Text.Length)..] : text))
            * 2 >= group.Count;

    /// <summary>From one walk of the content: its headings (furniture aside), and its title elements (headings, card
    /// titles, and list items whose first child is a bold or linked title) whose text is shaped like a title, each with
    /// its position in document order.</summary>
    private static (List<(IElement Element, int Position, int Level)> Headings, List<TitleElement> Titles, Dictionary<IElement, IElement>? Panes)
        HeadingsAndTitles(IElement main)
    {
        var headings = new List<(IElement Element, int Position, int Level)>();
        var titles = new List<TitleElement>();
        Dictionary<IElement, IElement>? panes = null;
        var position = 0;
        bool? highHeadings = null;
        // Furniture is judged along the walk's path, as PageRegions.IsBoilerplate judges it, without a lookup per element.
        var walk = new PathWalk(main);
        while (walk.MoveNext())
        {
            var element = walk.Current;
            position++;
            var heading = ElementWalk.IsHeading(element);
            if (!heading && element.LocalName == "p" && (LargePrintHeading(element) || BoldCareersHeading(element, main, ref highHeadings)))
            {
                headings.Add((element, position, LargePrintLevel));
                continue;
            }

            var item = element.LocalName == "li";
            var titleLike = !item && (IsTitleLike(element) || BoldLineTitles.IsTitle(element));
            if (titleLike && !heading && CareersTitleLine(element))
            {
                headings.Add((element, position, LargePrintLevel));
                continue;
            }

            // A list item without a title of its own is not asked whether it is furniture.
            var lead = item ? ListItemTitle(element) : element.LocalName == "p" ? ParagraphHeadingTitle(element) ?? LabelledTitleLine(element)
                : element.LocalName == "div" ? DisclosureTitle(element) : null;
            var leading = item && lead is null ? LeadingTitleItems.Read(element) : null;
            var tabPane = !heading && lead is null && !titleLike && element.LocalName is "div" or "section" && IsTabPane(element);
            if ((!heading && lead is null && !titleLike && !tabPane && leading is null) || walk.IsFurniture())
            {
                continue;
            }

            if (tabPane)
            {
                // A tab's title is its control, away from the pane that holds the opening: the title is added where the
                // pane stands, unless the control is a list item's title already.
                if (TabControl(element, main) is { } control)
                {
                    (panes ??= new(ReferenceEqualityComparer.Instance))[control] = element;
                    if (!titles.Exists(t => t.Element == control))
                    {
                        AddTitle(control, position, titles);
                    }
                }

                continue;
            }

            if (heading)
            {
                headings.Add((element, position, OpeningBlock.Level(element)));
            }

            if (lead is not null)
            {
                // The title is the item's first child, next in document order.
                AddTitle(lead, position + 1, titles);
            }
            else if (leading is { } opening)
            {
                titles.Add(new TitleElement(element, opening.Title, position));
            }
            else if (titleLike && (element.ParentElement is not { } parent || ElementWalk.Closest(parent, IsTitleLike) is null))
            {
                // A heading inside a card title (or the reverse) is one title.
                AddTitle(element, position, titles);
            }
        }

        return (headings, titles, panes);
    }

    /// <summary>A tab's pane, as Bootstrap (<c>tab-pane</c>), Foundation (<c>tabs-panel</c>) and jQuery UI
    /// (<c>ui-tabs-panel</c>) mark it by class, or as ARIA marks it (<c>role="tabpanel"</c>: Elementor's nested tabs,
    /// whose panes are plain containers): asked only of elements with a class.</summary>
    private static bool IsTabPane(IElement element) =>
        element.ClassName is { } classes
        && (classes.Contains("tab-pane", StringComparison.Ordinal) || classes.Contains("tabs-panel", StringComparison.Ordinal)
            || element.GetAttribute("role") == "tabpanel");

    /// <summary>The control that shows the pane: the element its <c>aria-labelledby</c> names, or the link or button
    /// whose <c>data-bs-target</c>, <c>data-target</c>, <c>aria-controls</c> or <c>href</c> names its id.</summary>
    private static IElement? TabControl(IElement pane, IElement main)
    {
        if (pane.Id is not { Length: > 0 } id)
        {
            return null;
        }

        if (pane.GetAttribute("aria-labelledby") is { Length: > 0 } labelledBy && pane.Owner?.GetElementById(labelledBy) is { } label)
        {
            return label;
        }

        var target = "#" + id;
        return ElementWalk.FirstDescendant(main, e => e.LocalName is "a" or "button"
            && (e.GetAttribute("data-bs-target") == target || e.GetAttribute("data-target") == target
                || e.GetAttribute("href") == target || e.GetAttribute("aria-controls") == id));
    }

    /// <summary>Adds the title element when its text is shaped like a title, or, for a heading announcing an opening
    /// ("Wir suchen zum 1. Februar eine*n Volljurist*in (m/w/d) in Teilzeit"), with the title it announces.</summary>
    private static void AddTitle(IElement title, int position, List<TitleElement> titles)
    {
        if (((title.LocalName == "p" ? LabelledTitle(title) : null) ?? PlainText.Of(title)) is not { } shown)
        {
            return;
        }

        var text = PlainText.WithoutIcons(title, shown);

        if (JobTitles.IsTitleShaped(text) && JobTitles.IsShortTitle(text) && !JobTitles.IsReadMore(text) && !JobTitles.IsViewOpening(text))
        {
            titles.Add(new TitleElement(title, text, position));
        }
        else if (ElementWalk.IsHeading(title) && SingleOpening.Announcement(text) is { } announced)
        {
            titles.Add(new TitleElement(title, announced.Title, position));
        }
    }

    /// <summary>What <c>h2, h3, h4, h5, h6, summary, figcaption, [class*='card-title'], [class*='heading-title']</c>, an element
    /// classed as a heading (<see cref="ElementWalk.IsClassedAsHeading"/>) and the
    /// title classes of accordions, tabs and toggles (<c>[class*='accordion-title']</c>, <c>[class*='tab-title']</c>,
    /// <c>[class*='toggle-title']</c>, and the label of an accordion's or toggle's button, Beaver Builder's
    /// <c>a.fl-accordion-button-label</c>) match, without a selector looked up for each element: a page builder's accordion holds
    /// one opening per panel under its title, a <c>&lt;details&gt;</c> block one under its summary, and a gallery's figure
    /// (an image linking the ad) one under its caption.</summary>
    private static bool IsTitleLike(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "summary" or "figcaption"
        || (element.ClassName is { } classes && classes.Contains("title", StringComparison.Ordinal)
            && (classes.Contains("card-title", StringComparison.Ordinal) || classes.Contains("heading-title", StringComparison.Ordinal)
                || classes.Contains("accordion-title", StringComparison.Ordinal) || classes.Contains("tab-title", StringComparison.Ordinal)
                || classes.Contains("toggle-title", StringComparison.Ordinal)))
        || (element.ClassName is { } labels && labels.Contains("-button-label", StringComparison.Ordinal)
            && (labels.Contains("accordion", StringComparison.Ordinal) || labels.Contains("toggle", StringComparison.Ordinal)))
        || IsOpeningTerm(element) || IsClassedTitleLine(element) || ElementWalk.IsClassedAsHeading(element);

    /// <summary>A definition list's term with its definitions after it (<c>&lt;dt&gt;弁護士（常勤）&lt;/dt&gt;&lt;dd&gt;勤務地：…&lt;/dd&gt;</c>),
    /// not one of the labels of a list of facts nested in a definition.</summary>
    private static bool IsOpeningTerm(IElement element) =>
        element.LocalName == "dt" && element.NextElementSibling is { LocalName: "dd" }
        && (element.ParentElement?.ParentElement is not { } holder || ElementWalk.Closest(holder, e => e.LocalName == "dd") is null);

    /// <summary>A line whose class names it its item's title or name (<c>p.vacancy-title</c>, <c>span.job-name</c>,
    /// <c>div.title</c>) and that opens the item: the lines after it are the item's facts. A line of that class after
    /// another (a person's name, then <c>p.person-title</c> naming the post they hold) opens nothing, and a builder's
    /// title widget holding a heading or paragraphs (Strikingly's <c>div.s-item-title</c>) is no line: its heading is
    /// the title.</summary>
    private static bool IsClassedTitleLine(IElement element) =>
        element.LocalName is "p" or "span" or "div" && element.ClassName is { Length: > 0 } classes && NamesTitle(classes) && element.ParentElement is { } item && item.FirstElementChild == element && StartsWith(item, element)
        && ElementWalk.FirstDescendant(element, e => !ElementWalk.IsInline(e)) is null;

    /// <summary>Whether a class is a title's or a name's: the word alone or closing a compound ("vacancy-title",
    /// "job_name", "jobtitle"), in the network's languages ("titel", "titulo", "titre", "titolo", "nombre", "nome", "nom", "naam").</summary>
    private static bool NamesTitle(string classes)
    {
        foreach (var range in classes.AsSpan().Split(' '))
        {
            var token = classes.AsSpan()[range];
            var word = token[(token.LastIndexOfAny('-', '_') + 1)..];
            foreach (var titleWord in TitleClassWords)
            {
                if (word.Equals(titleWord, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] TitleClassWords = ["title", "name", "jobtitle", "jobname", "titel", "titulo", "titre", "titolo", "nombre", "nome", "nom", "naam"];

    /// <summary>A link that opens a panel of the page itself (an accordion's <c>href="#panel-2"</c>, <c>javascript:</c>)
    /// rather than leading anywhere: its title has no link of its own.</summary>
    private static bool IsInPageLink(IElement link) =>
        link.GetAttribute("href") is not { } href || href.AsSpan().TrimStart() is var target
            && (target.IsEmpty || target[0] == '#' || target.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));

    /// <summary>A link that writes an email ("send your CV to jobs@…"): no page of the opening's.</summary>
    private static bool IsMailLink(IElement link) =>
        link.GetAttribute("href")?.AsSpan().TrimStart().StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The element holding a list item's title: its first child when that is bold or a link and the item's
    /// text starts with it.</summary>
    private static IElement? ListItemTitle(IElement item)
    {
        return item.FirstElementChild is { } first && (first.LocalName == "a" || ElementWalk.IsBold(first)) && StartsWith(item, first) ? first : null;
    }

    /// <summary>Whether only text and comments without words come before <paramref name="first"/>, the container's first
    /// element child.</summary>
    private static bool StartsWith(IElement container, IElement first)
    {
        for (var node = container.FirstChild; node is not null && node != first; node = node.NextSibling)
        {
            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bold element of a paragraph that is nothing but bold text ("&lt;p&gt;&lt;strong&gt;Abogado/a&lt;/strong&gt;&lt;/p&gt;"),
    /// which pages without headings use as one, or that is the paragraph's first line of its own, the opening's lines
    /// after it ("&lt;p&gt;&lt;strong&gt;Avvocato/a&lt;/strong&gt;&lt;br&gt;Sede: Milano&lt;br&gt;…"); null for any other paragraph.</summary>
    /// <remarks>The bold text may stand in a <c>&lt;font&gt;</c> (<see cref="ElementWalk.BoldLine"/>): the bold element is the title.
    /// A bold title run into its paragraph's sentence after a spaced dash ("&lt;strong&gt;Abogado/a&lt;/strong&gt; – Rosario,
    /// medio tiempo …") is one too, though only under a careers heading (<see cref="RunsIn"/>).</remarks>
    private static IElement? ParagraphHeadingTitle(IElement paragraph) =>
        ElementWalk.OnlyBoldLine(paragraph)
        ?? (paragraph.FirstElementChild is { } first && ElementWalk.BoldLine(first) is { } bold && StartsWith(paragraph, first)
            && (EndsLine(first) || DashFollows(first))
            ? bold
            : null);

    /// <summary>Whether the text right after the element opens with a spaced dash ("– Ciudad Autónoma de Buenos Aires.
    /// Jornada completa …").</summary>
    private static bool DashFollows(IElement element) =>
        element.NextSibling is IText { Data: var text } && text.AsSpan().TrimStart() is [var dash, ' ', ..] && dash is '–' or '—' or '-';

    /// <summary>A bold title run into its paragraph's sentence (<see cref="ParagraphHeadingTitle"/>): a bold run-in of ordinary
    /// prose ("&lt;strong&gt;Nota:&lt;/strong&gt; …", a team page's "&lt;strong&gt;Ana&lt;/strong&gt; – abogada") has that shape
    /// too, so such titles are openings only under a careers heading ("Buscamos gente", "Offres d'emploi").</summary>
    private static bool RunsIn(IElement title) =>
        title.ParentElement is { LocalName: "p" or "font" } parent
        && (parent.LocalName == "p" ? title : parent) is var first && first.ParentElement?.LocalName == "p" && DashFollows(first);

    /// <summary>A paragraph whose label names the opening ("&lt;p&gt;&lt;strong&gt;Puesto:&lt;/strong&gt; Abogado/a&lt;/p&gt;",
    /// "Position: Paralegal", "职位：律师助理"): ads written as runs of labelled paragraphs start at it, their other labelled
    /// paragraphs after it (<see cref="OpeningBlock.Of"/>); null for any other paragraph.</summary>
    private static IElement? LabelledTitleLine(IElement paragraph) => LabelledTitle(paragraph) is not null ? paragraph : null;

    /// <summary>The value of a paragraph's title label ("Puesto: Abogado/a" is "Abogado/a"); null when its label names
    /// another field or it has none.</summary>
    public static string? LabelledTitle(IElement paragraph) =>
        paragraph.TextContent.AsSpan().IndexOfAny(':', '：') > 0 && PlainText.Of(paragraph) is { } text
            && FieldLabels.Split(text) is (FieldKind.Title, _, { Length: > 0 } value)
            ? value
            : null;

    /// <summary>Whether a <c>&lt;br&gt;</c> follows the element, with nothing but whitespace between.</summary>
    private static bool EndsLine(IElement element)
    {
        var next = element.NextSibling;
        while (next is IText text && string.IsNullOrWhiteSpace(text.Data))
        {
            next = next.NextSibling;
        }

        return next is IElement { LocalName: "br" };
    }

    /// <summary>The level given a paragraph in large print that heads a page (<see cref="LargePrintHeading"/>): above
    /// its titles, whatever their tags.</summary>
    private const int LargePrintLevel = 2;

    /// <summary>A paragraph that is nothing but text in large print naming no role ("&lt;p&gt;&lt;span
    /// style="font-size:24pt"&gt;Jobs&lt;/span&gt;&lt;/p&gt;", as Google Sites writes a page's heading): a heading for
    /// the titles after it. A title in large print names a role and stays a title.</summary>
    private static bool LargePrintHeading(IElement paragraph) =>
        paragraph.ChildElementCount == 1 && paragraph.FirstElementChild is { LocalName: "span" } span
            && ((span.GetAttribute("style") is { } style && ElementWalk.IsLargePrint(style)) || StyleSheetEmphasis.MarksLargePrint(span))
            && OpeningBlock.HoldsOnly(paragraph, span)
            && PlainText.Of(span) is { } text && !JobTitles.HasRoleWord(text);

    /// <summary>A line its class names a title (<see cref="IsClassedTitleLine"/>) that names a careers section and no role
    /// (Tilda's <c>&lt;div class="t030__title t-title"&gt;Recrutamento&lt;/div&gt;</c>, where a builder writes no heading
    /// element): a heading for the titles after it, at the level of a page's heading.</summary>
    private static bool CareersTitleLine(IElement element) =>
        IsClassedTitleLine(element) && PlainText.Of(element) is { } text && SectionHeadings.IsCareersSection(text) && !JobTitles.HasRoleWord(text);

    /// <summary>A paragraph that is nothing but a bold line (<see cref="ElementWalk.BoldLine"/>) naming a careers section
    /// and no role ("&lt;p&gt;&lt;font size="4"&gt;&lt;b&gt;Employment Opportunities&lt;/b&gt;&lt;/font&gt;&lt;/p&gt;",
    /// "&lt;p&gt;&lt;strong&gt;Offres d'emploi&lt;/strong&gt;&lt;/p&gt;") on a page without an h1, h2 or h3: the page's
    /// heading, which a page written without heading elements sets apart so. Where the page has such headings, a bold
    /// paragraph is one of its titles or a sub-part.</summary>
    /// <param name="highHeadings">Whether the document has an h1, h2 or h3, looked up once, at the first bold paragraph.</param>
    /// <remarks>The headings are asked before the text: a page of bold titles under an h2 (most pages) asks no title the
    /// careers-section pattern here.</remarks>
    private static bool BoldCareersHeading(IElement paragraph, IElement main, ref bool? highHeadings)
    {
        if (ElementWalk.OnlyBoldLine(paragraph) is not { } bold)
        {
            return false;
        }

        highHeadings ??= ElementWalk.FirstDescendant(main.Owner?.Body ?? main, e => e.LocalName is "h1" or "h2" or "h3") is not null;
        return highHeadings == false && PlainText.Of(bold) is { } text && SectionHeadings.IsCareersSection(text) && !JobTitles.HasRoleWord(text);
    }

    /// <summary>The bold element of a container that is nothing but bold text right after a disclosure control (an element
    /// with <c>aria-expanded</c>: Notion's toggle, whose title sits beside its triangle button); null for any other.</summary>
    private static IElement? DisclosureTitle(IElement container) =>
        container.ChildElementCount == 1 && container.PreviousElementSibling?.HasAttribute("aria-expanded") == true
            && container.FirstElementChild is { } bold && ElementWalk.IsBold(bold) && OpeningBlock.HoldsOnly(container, bold)
            ? bold
            : null;

    /// <summary>A heading title without a role word whose text says what section it heads (openings, an archive of past
    /// ones, news...): "Staff Attorney" names a role, "Oportunidades de emprego" a section. A numbered part of a notice
    /// written as an outline ("一、招聘岗位", "2. Puestos", "3. Lugar de trabajo") is a section whatever its tag and words
    /// (<see cref="OutlineSections"/>): the posts stand under one of them.</summary>
    /// <remarks>The role word is asked first: most titles on a listing name a role, and the groups ask it of them anyway,
    /// while most titles are asked the two section patterns only here.</remarks>
    private static bool NamesSection(TitleElement title) =>
        (OpeningBlock.Level(title.Element) < 7 && (!JobTitles.HasRoleWord(title.Text) || SectionHeadings.InvitesToVolunteer(title.Text))
            && (SectionHeadings.IsCareersSection(title.Text) || SectionHeadings.IsOtherSection(title.Text)))
        || OutlineSections.IsSection(title.Text);

    /// <summary>The nearest heading above the title of a higher level than the title's own (any heading, for a title
    /// that is not a heading), and its position (0 without one).</summary>
    private static (IElement? Section, int Position) SectionOf(TitleElement title, List<(IElement Element, int Position, int Level)> headings)
    {
        var level = OpeningBlock.Level(title.Element);
        IElement? section = null;
        var sectionPosition = 0;
        foreach (var (heading, position, headingLevel) in headings)
        {
            // Headings come in document order: the first one at or after the title, or around it, ends the search.
            if (position >= title.Position || (heading.FirstElementChild is not null && heading.Contains(title.Element)))
            {
                break;
            }

            if (headingLevel < level)
            {
                section = heading;
                sectionPosition = position;
            }
        }

        return (section, sectionPosition);
    }

    /// <summary>The careers heading right above a sub-heading that says what no section of a page says ("Convocatorias
    /// abiertas", "Current calls", "Who we hire"): neither openings nor another kind of list, nor a role. Its titles are
    /// read as the careers section's ("Trabaja con nosotros", "Join our team") when each block states job fields or links
    /// its opening (<see cref="Score"/>): a sub-part describing the roles the team has, in prose, lists none. Null for any
    /// other sub-heading.</summary>
    private static IElement? CareersAbove(IElement subsection, int position, List<(IElement Element, int Position, int Level)> headings) =>
        PlainText.Of(subsection) is { } text && !SectionHeadings.IsCareersSection(text) && !SectionHeadings.IsOtherSection(text)
            && !JobTitles.HasRoleWord(text)
            && SectionOf(new TitleElement(subsection, "", position), headings).Section is { } above
            && PlainText.Of(above) is { } heading && SectionHeadings.IsCareersSection(heading)
            ? above
            : null;

    /// <summary>The place the office a section heading names states (<see cref="SectionHeadings.OfficePlace"/>), asked once
    /// per heading: the titles under one heading come one after another.</summary>
    private static string? OfficePlace(IElement section, ref (IElement? Heading, string? Place) last)
    {
        if (last.Heading != section)
        {
            last = (section, PlainText.Of(section) is { } text ? SectionHeadings.OfficePlace(text) : null);
        }

        return last.Place;
    }

    private static int Total(List<Candidate> group)
    {
        var total = 0;
        foreach (var candidate in group)
        {
            total += candidate.Score.Total;
        }

        return total;
    }

    /// <summary>How many of the group's titles each element holds, itself included (a title may be listed twice).</summary>
    private static Dictionary<IElement, int> Holding(List<IElement> group)
    {
        var holding = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var title in group)
        {
            for (var e = title; e is not null; e = e.ParentElement)
            {
                holding[e] = holding.GetValueOrDefault(e) + 1;
            }
        }

        return holding;
    }

    /// <summary>For a title without a link of its own: a "read more" or "view offer" link in its block, when it may be a
    /// posting, and whether it is only an "Apply" button (<see cref="JobTitles.IsApply"/>).</summary>
    private static (Uri? Url, bool Apply) LinkOf(OpeningBlock block, Uri pageUrl, Uri linkBase)
    {
        var link = block.FirstDescendant(a => ElementWalk.IsLink(a) && PlainText.TextContentOf(a) is var text
            && (JobTitles.IsReadMore(text) || JobTitles.IsViewOpening(text) || (string.IsNullOrWhiteSpace(text) && ImageNamesRole(a))));
        return Links.Resolve(linkBase, link?.GetAttribute("href")) is { } url && LinkFilter.MayBePosting(url, pageUrl, offSiteAllowed: true)
            ? (url, JobTitles.IsApply(PlainText.TextContentOf(link!)))
            : default;
    }

    /// <summary>A link that is only an image whose text names a role ("Staff Attorney job description"): a gallery's
    /// card linking the opening's ad.</summary>
    private static bool ImageNamesRole(IElement link) =>
        ElementWalk.FirstDescendant(link, e => e.LocalName == "img") is { } image && JobTitles.HasRoleWord(image.GetAttribute("alt"));

    private static IElement? OwnLink(IElement title) =>
        ElementWalk.IsLink(title) ? title : ElementWalk.FirstDescendant(title, ElementWalk.IsLink) ?? ElementWalk.Closest(title, ElementWalk.IsLink);

    /// <summary>The title's tag, its classes in order and its parent's tag, as one key.</summary>
    private static string Shape(IElement title)
    {
        var classes = title.ClassName ?? "";
        // One class or none, the usual case, needs no splitting and sorting.
        // A state class ("active", "show") marks one of a run of tabs or panels, not another shape; nor does a class naming
        // the one element ("notion-block-2c3d4e5f…", "elementor-element-3a1b2c4", "post-412").
        var sorted = classes.Contains(' ', StringComparison.Ordinal)
            ? string.Join('.', classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => c is not ("active" or "show") && !NamesOneElement(c)).Order(StringComparer.Ordinal))
            : classes;
        return string.Concat(title.LocalName, ".", sorted, "<", title.ParentElement?.LocalName ?? "");
    }

    /// <summary>A class ending in a dash and an id of at least three hex digits, one of them a digit.</summary>
    private static bool NamesOneElement(string className)
    {
        var dash = className.LastIndexOf('-');
        var id = className.AsSpan(dash + 1);
        return dash > 0 && id.Length >= 3 && !id.ContainsAnyExcept(HexDigits) && id.ContainsAnyInRange('0', '9');
    }

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>A title of a group, and where its own link leads when it has one (null when it has none).</summary>
    private readonly record struct LinkedTitle(IElement Title, string Text, Uri? OwnTarget);

    /// <summary>A title element, its text and its position in document order within the content.</summary>
    private readonly record struct TitleElement(IElement Element, string Text, int Position);

    /// <summary>One title element, its block and link, and what scores it.</summary>
    /// <param name="ApplyUrl">The block's link when it is only an "Apply" button: the opening's application, and its only page
    /// unless it is a form.</param>
    private sealed record Candidate(IElement Title, string Text, string? Section, OpeningBlock Block, Uri? Url, Uri? ApplyUrl, OpeningScore Score);
}
