using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Reads what a listing block says besides its title: labelled values ("Location: Boulder, CO"), meta lines
/// ("Princeton, NJ · Full-time · $65,000–$75,000 per year"), <c>&lt;time&gt;</c> elements, and as a last resort the
/// excerpt's prose.</summary>
internal static partial class BlockFields
{
    /// <summary>The last letter of a Japanese or Chinese address: 都道府県, 市区町村, 區, 省, 县/縣.</summary>
    private static readonly SearchValues<char> CjkAddressEnds = SearchValues.Create("都道府県市区區町村省县縣");

    private const int MaxLocationWords = 7;
    private const int ProseWords = 12;

    /// <summary>The fewest words of a short line that is a sentence rather than a fact ("Full-time"), read for hours words.</summary>
    private const int ShortSentenceWords = 6;
    private static readonly char[] WordSeparators = [' ', ','];
    private static readonly SearchValues<char> SegmentBreakCharacters = SearchValues.Create("·•|｜／;–—");
    /// <summary>A part of every word <see cref="LocationClass"/>, <see cref="CompanyClass"/>, <see cref="TypeClass"/> and
    /// <see cref="SalaryClass"/> look for.</summary>
    private static readonly SearchValues<string> ClassWords = SearchValues.Create(
        ["location", "city", "place", "address", "region", "lugar", "lieu", "sede", "locatie", "standort",
            "company", "organi", "employer", "hiring", "empresa", "entreprise", "azienda",
            "type", "contract", "schedule", "jornada", "dienstverband",
            "sala", "pay", "compensation", "wage"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>A draft holding the fields the block states, without title or URL; <paramref name="title"/> is left out
    /// of the reading.</summary>
    public static PostingDraft Read(IElement block, IElement? title)
    {
        var fields = new FoundFields();
        ReadTimes(block, fields);

        var lines = new List<Line>();
        CollectLines(block, title, title is not null && block.Contains(title), lines);
        return ReadLines(lines, title, block, fields);
    }

    /// <summary>A draft holding the fields a run of siblings states, read as <see cref="Read"/> reads an element holding
    /// copies of them (the title that heads the run outside it): the run read where it stands, without the copies.</summary>
    public static PostingDraft ReadRun(IReadOnlyList<IElement> run)
    {
        var fields = new FoundFields();
        ReadRunTimes(run, fields);

        var lines = new List<Line>();
        foreach (var sibling in run)
        {
            CollectLines(sibling, null, false, lines);
        }

        // A line's class is looked for up to the run's parent, which stands where the copies' holder would.
        return ReadLines(lines, null, run.Count > 0 ? run[0].ParentElement : null, fields);
    }

    /// <param name="top">The element that holds the lines, where the search for a line's class stops.</param>
    private static PostingDraft ReadLines(List<Line> lines, IElement? title, IElement? top, FoundFields fields)
    {
        // Each line's class names its field once, however many texts the line holds.
        var texts = new List<LineText>();
        var lineTexts = new List<string>();
        foreach (var line in lines)
        {
            if (IsCategory(line.Element, top))
            {
                continue;
            }

            FieldKind? named = null;
            LineTexts(line, title, lineTexts);
            foreach (var text in lineTexts)
            {
                if (text.Length > 0)
                {
                    texts.Add(new LineText(line.Element, text, named ??= ClassKind(line.Element, top), WordCount(text)));
                }
            }
        }

        // A text's segments are read twice (labelled, then unlabelled): split once, and each segment's label looked up
        // once. Every text's segments sit in one list, a text's from firstSegment[i] on.
        var segments = new List<Segment>();
        var firstSegment = new int[texts.Count + 1];
        var segmentCount = new int[texts.Count];
        Array.Fill(segmentCount, -1);
        for (var i = 0; i < texts.Count; i++)
        {
            var (element, text, named, _) = texts[i];
            // A table row's header cell, a term, or a label alone before its colon names the field its neighbouring
            // element holds ("勤務地 | 東京都新宿区", "Locatie | Utrecht", Drupal's "<span>Location: </span><div>Leeds</div>").
            var cell = LabelCell(element);
            if (cell.NextElementSibling is { } neighbour && IsLabelOf(cell, text, neighbour)
                && FieldLabels.KindOf(text) is var cellKind and not (FieldKind.None or FieldKind.Title))
            {
                fields.Set(cellKind, PlainText.Of(neighbour));
                continue;
            }

            var (first, count) = (0, 0);
            if (IconKind(element) is var icon and not FieldKind.None)
            {
                (first, count) = SegmentsOf(i);
                if (count < 2 || !HoldsSeveralIcons(element))
                {
                    // The text is read under the icon's label, as a named line's is: no bare date of it is a posted date.
                    fields.Set(icon, text);
                    texts[i] = texts[i] with { Named = icon };
                    continue;
                }

                // A line of facts each after its own icon ("<i geo/> Rosario · <i clock/> Media jornada"): the first
                // icon labels only the first fact, the others are read as a line's segments are.
                fields.Set(icon, segments[first].Text);
                segments[first] = segments[first] with { Kind = icon };
                (first, count) = (first + 1, count - 1);
            }
            else if (named is not FieldKind.None && FieldLabels.Split(text).Kind == FieldKind.None)
            {
                fields.Set(named, text);
                continue;
            }
            else
            {
                (first, count) = SegmentsOf(i);
            }

            for (var j = first; j < first + count; j++)
            {
                var (kind, label, value) = FieldLabels.Split(segments[j].Text);
                segments[j] = segments[j] with { Kind = kind };
                // "Jornada: completa" needs its label to say what is complete; "Jornada: media jornada" says so itself.
                if (kind is FieldKind.EmploymentType && label.Equals("jornada", StringComparison.OrdinalIgnoreCase)
                    && !value.Contains("jornada", StringComparison.OrdinalIgnoreCase))
                {
                    value = label + " " + value;
                }
                else if (kind is FieldKind.EmploymentType)
                {
                    value = HoursLabels.WithUnit(label, value);
                }
                else if (kind is FieldKind.Location && j + 1 < first + count && WordCount(value) == 1 && SaysRemote(value)
                    && FieldLabels.Split(segments[j + 1].Text).Kind == FieldKind.None)
                {
                    // "Location: Hybrid – Manchester office and home": the way of working, then the place after the dash.
                    value += " – " + segments[++j].Text;
                    segments[j] = segments[j] with { Kind = kind };
                }
                else if (kind is FieldKind.Location)
                {
                    value = PlaceSentence(value);
                }

                fields.Set(kind, FieldLabels.ValueUnder(kind, label, value));
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Named != FieldKind.None)
            {
                continue;
            }

            var (first, count) = SegmentsOf(i);
            for (var j = first; j < first + count; j++)
            {
                var segment = segments[j];
                // A list item's bare date ("<span class="date">2024-11-04</span>") is when it was posted, unless the text
                // before it leads to a closing date ("Apply by") or is the label its value was read under (a term's).
                if (segment.Kind is null or FieldKind.None && (FieldLabels.IsDateOnly(segment.Text) || FieldLabels.IsYearlessDateOnly(segment.Text)))
                {
                    var before = j > first ? segments[j - 1].Text : i > 0 ? texts[i - 1].Text : "";
                    var label = FieldLabels.KindOf(before);
                    if (label is FieldKind.ValidThrough or FieldKind.DatePosted)
                    {
                        fields.Set(label, segment.Text);
                    }
                    else if (label == FieldKind.None && !before.EndsWith(':') && !before.EndsWith('：'))
                    {
                        fields.Set(ClosingLead().IsMatch(before) ? FieldKind.ValidThrough : FieldKind.DatePosted, segment.Text);
                    }

                    continue;
                }

                var sentence = ProseFields.FirstSentence(segment.Text) ?? segment.Text;
                ReadUnlabelled(sentence, sentence == segment.Text ? segment.Kind : null, fields);
                // A short line of facts in sentences ("Part-time (3 days a week). $82,000 pro rata plus super.") states
                // its pay in a later one, which the prose read below leaves to longer lines.
                if (sentence != segment.Text && !fields.Has(FieldKind.Salary))
                {
                    fields.Set(FieldKind.Salary, ProseFields.Salary(segment.Text));
                }
            }
        }

        // A field already found keeps its value: the prose is not searched for it.
        foreach (var (_, text, _, words) in texts)
        {
            // An apply-by phrase with its date ("Solliciteer vóór 20 december 2026.") is read in a line of any length.
            if (words < ProseWords)
            {
                if (!fields.Has(FieldKind.ValidThrough))
                {
                    fields.Set(FieldKind.ValidThrough, ProseFields.ClosingDate(text));
                }

                // A short excerpt's sentence may still say where and how much ("A full-time … position based in
                // Portland, Oregon.", "Posted 12/1/26. New Orleans, LA (hybrid). Part-time.").
                if (!fields.Has(FieldKind.Location))
                {
                    fields.Set(FieldKind.Location, ProseFields.PlaceOfWork(text) ?? ProseFields.PlaceSentence(text));
                }

                // Its hours words, not a count of hours, which the corpus reads as stating no type ("20 uur per week").
                if (!fields.Has(FieldKind.EmploymentType) && words >= ShortSentenceWords && FieldLabels.HoursIn(text) is { } hours && !char.IsDigit(hours[0]))
                {
                    fields.Set(FieldKind.EmploymentType, hours);
                }

                // Hiring as a business ("Contratación como monotributista, 20 horas semanales") says the kind of job
                // whatever the hours.
                if (!fields.Has(FieldKind.EmploymentType))
                {
                    fields.Set(FieldKind.EmploymentType, FieldLabels.SelfEmployedIn(text));
                }

                continue;
            }

            ReadLabelledSentences(text, fields);
            if (!fields.Has(FieldKind.Salary))
            {
                fields.Set(FieldKind.Salary, ProseFields.Salary(text));
            }

            if (!fields.Has(FieldKind.EmploymentType))
            {
                fields.Set(FieldKind.EmploymentType, FieldLabels.HoursIn(text) ?? FieldLabels.PostWorkloadIn(text) ?? FieldLabels.ContractIn(text));
            }

            if (!fields.Has(FieldKind.Location))
            {
                fields.Set(FieldKind.Location, ProseFields.Location(text) ?? ProseFields.PlaceSentence(text));
            }

            if (!fields.Has(FieldKind.ValidThrough))
            {
                fields.Set(FieldKind.ValidThrough, ProseFields.ClosingDate(text));
            }
        }

        // A pay line may say the hours too ("£28,000 pro rata (0.8 FTE, part-time)").
        if (!fields.Has(FieldKind.EmploymentType) && fields.Salary is { } pay)
        {
            fields.Set(FieldKind.EmploymentType, FieldLabels.HoursIn(pay));
        }

        return new PostingDraft
        {
            Organization = fields.Organization,
            Location = fields.Location,
            EmploymentType = fields.EmploymentType,
            SalaryText = fields.Salary,
            DatePosted = fields.DatePosted,
            ValidThrough = fields.ValidThrough,
            DescriptionHtml = Excerpt(texts)?.OuterHtml,
        };

        (int First, int Count) SegmentsOf(int i)
        {
            if (segmentCount[i] < 0)
            {
                firstSegment[i] = segments.Count;
                AddSegments(texts[i].Text, segments);
                segmentCount[i] = segments.Count - firstSegment[i];
            }

            return (firstSegment[i], segmentCount[i]);
        }
    }

    /// <remarks>A cell that is all bold labels the cell beside it as a <c>th</c> would (a builder's two-column table of
    /// "<b>Standplaats</b> | Utrecht" rows); its bold text is the line, read for the cell (<see cref="LabelCell"/>).</remarks>
    private static bool IsLabelOf(IElement element, string text, IElement neighbour) =>
        element.LocalName is "th" or "dt" ? neighbour.LocalName is "td" or "dd"
        : text[^1] is ':' or '：' || FieldLabels.IsMarkedLabel(element) || (element.LocalName == "td" && neighbour.LocalName == "td"
            && element.FirstElementChild is { LocalName: "strong" or "b" } bold && OpeningBlock.HoldsOnly(element, bold));

    private static IElement LabelCell(IElement element) =>
        element.LocalName is "strong" or "b" && element.ParentElement is { LocalName: "td" } cell && OpeningBlock.HoldsOnly(cell, element)
            ? cell
            : element;

    /// <summary>The line holding the longest text of eight words or more (the first of the longest).</summary>
    private static IElement? Excerpt(List<LineText> texts)
    {
        IElement? excerpt = null;
        var length = 0;
        foreach (var text in texts)
        {
            if (text.Words >= 8 && (excerpt is null || text.Text.Length > length))
            {
                excerpt = text.Element;
                length = text.Text.Length;
            }
        }

        return excerpt;
    }

    /// <summary>Dates in <c>&lt;time datetime&gt;</c>: the published one, not the "updated" one; a time after
    /// "closes" or "deadline" is the closing date.</summary>
    private static void ReadTimes(IElement block, FoundFields fields)
    {
        for (var time = ElementWalk.FirstDescendant(block, IsTime); time is not null; time = NextTime(time, block))
        {
            if (!IsUpdate(time))
            {
                SetTime(time, TextBefore(time), fields);
            }
        }
    }

    /// <summary>The times of a run, as <see cref="ReadTimes"/> finds them in an element holding copies of the run: a
    /// time of the run itself follows the run's earlier siblings only.</summary>
    private static void ReadRunTimes(IReadOnlyList<IElement> run, FoundFields fields)
    {
        for (var i = 0; i < run.Count; i++)
        {
            var sibling = run[i];
            if (IsTime(sibling) && !IsUpdate(sibling))
            {
                SetTime(sibling, Last40(string.Concat(run.Take(i).Select(n => n.TextContent))), fields);
            }

            for (var time = ElementWalk.FirstDescendant(sibling, IsTime); time is not null; time = NextTime(time, sibling))
            {
                if (!IsUpdate(time))
                {
                    SetTime(time, TextBefore(time), fields);
                }
            }
        }
    }

    private static bool IsTime(IElement element) => element.LocalName == "time" || IsDateBadge(element);

    /// <summary>A date written in parts, each in an element of its own with nothing between them, as news lists draw a
    /// calendar badge (TYPO3's <c>&lt;span class="day"&gt;04&lt;/span&gt;&lt;span class="month"&gt;Dez&lt;/span&gt;&lt;span
    /// class="year"&gt;2026&lt;/span&gt;</c>, "12 | Jan | 2027", "Mar 3 2027"): read as one <c>&lt;time&gt;</c>. An icon beside a
    /// date labels it and makes no part of it.</summary>
    private static bool IsDateBadge(IElement element) =>
        element.ChildElementCount is 2 or 3 && !HasOwnText(element)
        && element.Children.All(c => c.ChildElementCount == 0 && c.TextContent.Length <= MaxBadgePart && !string.IsNullOrWhiteSpace(c.TextContent))
        && BadgeDate(element) is { } date && FieldLabels.IsDateOnly(date);

    private const int MaxBadgePart = 12;

    private static string? BadgeDate(IElement badge) => PlainText.Collapse(string.Join(' ', badge.Children.Select(c => c.TextContent.Trim())));

    /// <summary>Whether a date element stands after a closing date's label or lead ("Closing date", "Deadline:",
    /// "hasta el"): it is then no publication stamp.</summary>
    public static bool FollowsClosingLead(IElement time) => IsClosingLead(TextBefore(time));

    /// <summary>A closing date's lead ("Closing date", "hasta el") or its field label in any language the labels know
    /// ("Solliciteren tot:", "Sista ansökningsdag:", "Scadenza:").</summary>
    private static bool IsClosingLead(string before) =>
        ClosingLead().IsMatch(before) || FieldLabels.KindOf(before) == FieldKind.ValidThrough;

    private static bool IsUpdate(IElement time)
    {
        var classes = time.ClassName ?? "";
        return classes.Contains("updated", StringComparison.OrdinalIgnoreCase) || classes.Contains("modified", StringComparison.OrdinalIgnoreCase);
    }

    private static void SetTime(IElement time, string before, FoundFields fields)
    {
        var value = PlainText.Collapse(time.GetAttribute("datetime")) ?? (time.LocalName == "time" ? PlainText.Collapse(time.TextContent) : BadgeDate(time));
        fields.Set(IsClosingLead(before) ? FieldKind.ValidThrough : FieldKind.DatePosted, value);
    }

    private static IElement? NextTime(IElement time, IElement block)
    {
        for (var e = ElementWalk.Next(time, block); e is not null; e = ElementWalk.Next(e, block))
        {
            if (IsTime(e))
            {
                return e;
            }
        }

        return null;
    }

    private static string TextBefore(IElement element)
    {
        var parent = element.ParentElement;
        if (parent is null)
        {
            return "";
        }

        var before = Last40(string.Concat(parent.ChildNodes.TakeWhile(n => n != element).Select(n => n.TextContent)));
        // A time alone in its field stands after the field's label ("<span>Closing date: </span><div><time>").
        return string.IsNullOrWhiteSpace(before) && parent.PreviousElementSibling is { } label ? Last40(label.TextContent) : before;
    }

    private static string Last40(string text) => text.Length > 40 ? text[^40..] : text;

    /// <summary>The elements that hold text of their own, deepest first: a <c>&lt;div&gt;</c> of
    /// <c>&lt;span&gt;</c>s gives each span, a paragraph with inline labels gives the paragraph.</summary>
    /// <param name="holdsTitle">Whether the element holds <paramref name="title"/>: only the children of an element that
    /// does are asked.</param>
    private static void CollectLines(IElement element, IElement? title, bool holdsTitle, List<Line> lines)
    {
        if (element == title || IsSkipped(element.LocalName) || IsDateBadge(element))
        {
            return;
        }

        if (element.LocalName == "a" && PlainText.TextContentOf(element) is var linkText && (JobTitles.IsReadMore(linkText) || PlainText.Collapse(linkText) is null))
        {
            return;
        }

        if (HasOwnText(element) || LoneIconName(element) is not null)
        {
            lines.Add(new Line(element, holdsTitle));
            if (!holdsTitle)
            {
                return;
            }
        }

        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            CollectLines(child, title, holdsTitle && child.Contains(title!), lines);
        }
    }

    private static bool IsSkipped(string name) =>
        name is "script" or "style" or "noscript" or "template" or "form" or "button" or "select" or "svg" or "time";

    /// <summary>The texts of one line element into <paramref name="texts"/>: split where a <c>&lt;br&gt;</c> breaks it
    /// ("Sede: Roma&lt;br&gt;Contratto: part-time"), and without the title when the line holds it
    /// ("&lt;strong&gt;Title&lt;/strong&gt; — place — hours").</summary>
    private static void LineTexts(Line line, IElement? title, List<string> texts)
    {
        texts.Clear();
        if (!line.HoldsTitle && ElementWalk.FirstDescendant(line.Element, e => e.LocalName == "br") is null)
        {
            texts.Add(PlainText.Of(line.Element) ?? LoneIconName(line.Element) ?? "");
            return;
        }

        var part = new System.Text.StringBuilder();
        foreach (var node in line.Element.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                texts.Add(PlainText.Collapse(part.ToString()) ?? "");
                part.Clear();
            }
            else if (line.HoldsTitle && (node == title || node.Contains(title!)))
            {
                part.Append(' ');
            }
            else if (node is not IElement element || !IsSkipped(element.LocalName))
            {
                part.Append(node.TextContent).Append(node is IElement { LocalName: "p" or "div" or "li" } ? "\n" : "");
            }
        }

        texts.Add(PlainText.Collapse(part.ToString()) ?? "");
    }

    /// <summary>The fields a paragraph's sentences state after a label ("… contrata a plazo fijo. Renta bruta mensual:
    /// $1.200.000. Lugar de desempeño: Valdivia, Región de Los Ríos."), as labelled lines state them; a pay label's words
    /// stay with its amount for the period they name.</summary>
    private static void ReadLabelledSentences(string text, FoundFields fields)
    {
        if (text.AsSpan().IndexOfAny(':', '：') < 0)
        {
            return;
        }

        foreach (var sentence in ProseFields.Sentences(text))
        {
            var (kind, label, value) = FieldLabels.Split(sentence);
            if (kind is FieldKind.None or FieldKind.Title or FieldKind.Organization || fields.Has(kind))
            {
                continue;
            }

            fields.Set(kind, kind == FieldKind.Location ? PlaceSentence(value) : FieldLabels.ValueUnder(kind, label, value));
        }
    }

    private static bool HasOwnText(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IText text)
            {
                foreach (var c in text.Data)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The field a line's class names (job boards write <c>class="location"</c>, <c>class="company"</c>,
    /// <c>class="job-type"</c>), looking from the line up to the block.</summary>
    private static FieldKind ClassKind(IElement line, IElement? top)
    {
        for (var e = line; e is not null && e != top; e = e.ParentElement)
        {
            var classes = e.ClassName;
            if (string.IsNullOrEmpty(classes) || !MayNameField(classes))
            {
                continue;
            }

            if (LocationClass().IsMatch(classes))
            {
                return FieldKind.Location;
            }

            if (CompanyClass().IsMatch(classes))
            {
                return FieldKind.Organization;
            }

            if (TypeClass().IsMatch(classes))
            {
                return FieldKind.EmploymentType;
            }

            if (SalaryClass().IsMatch(classes))
            {
                return FieldKind.Salary;
            }
        }

        return FieldKind.None;
    }

    /// <summary>A line a category's or tag's class marks (<c>span.etiqueta</c>, Drupal's <c>views-field-field-categoria</c>,
    /// <c>div.post-category</c>), looking from the line up to the block: it names the kind of item ("Concurso",
    /// "Seminario"), none of its facts; such a word is no town.</summary>
    private static bool IsCategory(IElement line, IElement? top)
    {
        for (var e = line; e is not null && e != top; e = e.ParentElement)
        {
            if (e.ClassName is { Length: > 0 } classes && CategoryClass().IsMatch(classes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element's own class names a job field, as job boards and site builders class an item's
    /// lines (<c>span.job-city</c>, <c>span.job-salary</c>, <c>div.contract-type</c>); an employer's name is none.</summary>
    public static bool NamesJobField(IElement element) =>
        element.ClassName is { Length: > 0 } classes && MayNameField(classes)
        && (LocationClass().IsMatch(classes) || TypeClass().IsMatch(classes) || SalaryClass().IsMatch(classes));

    /// <summary>Whether the four class patterns below could match: a class attribute in ASCII that holds none of the
    /// words they need (case aside, as they compare) matches none of them, and is not handed to them.</summary>
    private static bool MayNameField(string classes) => !System.Text.Ascii.IsValid(classes) || classes.AsSpan().ContainsAny(ClassWords);

    /// <summary>An icon that labels the line, as hiring boards draw them: a map marker for the place; or a named icon
    /// just before the line whose name is a field's label (Odoo's <c>&lt;span class="fa fa-calendar" role="img"
    /// title="Bewerbungsfrist"&gt;</c>).</summary>
    private static FieldKind IconKind(IElement line)
    {
        if (line.PreviousElementSibling is { } before && IconName(before) is { } name
            && FieldLabels.KindOf(name) is var named and not (FieldKind.None or FieldKind.Title))
        {
            return named;
        }

        // Most lines are text alone: no element inside, so no icon.
        var icon = line.FirstElementChild is null ? null : ElementWalk.FirstDescendant(line, IsIcon);
        if (icon is null)
        {
            return FieldKind.None;
        }

        var classes = icon.GetAttribute("class") ?? "";
        if (MarkerIcon().IsMatch(classes))
        {
            return FieldKind.Location;
        }

        return ClockIcon().IsMatch(classes) ? FieldKind.EmploymentType : FieldKind.None;
    }

    /// <summary>The name of an icon drawn as an image with no text of its own (<c>&lt;i role="img" title="Vollzeit"&gt;</c>):
    /// what it says, as an image's alternative text does; null for any other element.</summary>
    private static string? IconName(IElement element) =>
        element.ChildElementCount == 0 && element.GetAttribute("role") == "img" && string.IsNullOrWhiteSpace(element.TextContent)
            ? PlainText.Collapse(element.GetAttribute("aria-label") ?? element.GetAttribute("title"))
            : null;

    /// <summary>The name of an icon that stands alone in its element (Odoo's badge holding only a clock icon titled
    /// "Vollzeit"): a line of its own. An icon beside a text labels that text instead (<see cref="IconKind"/>).</summary>
    private static string? LoneIconName(IElement element) =>
        element.ParentElement is { ChildElementCount: 1 } parent && string.IsNullOrWhiteSpace(parent.TextContent) ? IconName(element) : null;

    private static bool HoldsSeveralIcons(IElement line) =>
        ElementWalk.FirstDescendant(line, IsIcon) is { } icon && ElementWalk.FirstDescendant(line, e => e != icon && IsIcon(e) && !icon.Contains(e)) is not null;

    /// <summary>What <c>i[class], span[class*='icon'], svg[class]</c> matches.</summary>
    private static bool IsIcon(IElement element) => element.LocalName switch
    {
        "i" or "svg" => element.HasAttribute("class"),
        "span" => ElementWalk.HasClassContaining(element, "icon"),
        _ => false,
    };

    /// <param name="kind">The segment's label as <see cref="FieldLabels.Split"/> found it, when it has been looked up.</param>
    private static void ReadUnlabelled(string segment, FieldKind? kind, FoundFields fields)
    {
        if ((kind ?? FieldLabels.Split(segment).Kind) != FieldKind.None || LabelLike().IsMatch(segment) || JobTitles.IsReadMore(segment))
        {
            return;
        }

        // "Stacjonarnie", "Presencial", "On-site": where the work is done, not a place; "Nouveau", "New!": a badge.
        if (OnSite().IsMatch(segment) || FreshnessBadges.Is(segment))
        {
            return;
        }

        // "<b>Técnico(a)</b> (Lisboa) – tempo inteiro": a place in brackets after the title.
        if (segment.Length > 2 && segment[0] == '(' && segment.IndexOf(')', StringComparison.Ordinal) == segment.Length - 1)
        {
            segment = segment[1..^1].Trim();
        }

        var money = FieldLabels.HasMoney(segment);
        if (money || FieldLabels.HasDigit(segment))
        {
            // "Glasgow, £34,000, closing 5 January 2027", "Ciudad de México, cierre 22 de enero de 2027": a tail of facts,
            // each read on its own, when the pay or the closing date is one of several.
            if (segment.Contains(", ", StringComparison.Ordinal) && BracketedFacts.Of(segment.Split(", ", StringSplitOptions.TrimEntries)) is { } facts
                && BracketedFacts.Count(facts) >= 2 && (money || facts.ValidThrough is not null))
            {
                fields.Set(FieldKind.Salary, facts.SalaryText);
                fields.Set(FieldKind.EmploymentType, facts.EmploymentType);
                fields.Set(FieldKind.ValidThrough, facts.ValidThrough);
                if (facts.Location is { } place)
                {
                    fields.SetPlace(place);
                }

                return;
            }

            if (money)
            {
                fields.Set(FieldKind.Salary, segment);
                return;
            }
        }

        // "16 uur | Utrecht | …", "CDD · 4/5e temps": a fact of hours or of a share of the week alone is the type, as it
        // would be after an hours label; so is a share restated in brackets ("Wellington · 0.8 FTE (32 hours)").
        if (FieldLabels.IsHoursOnly(segment) || FieldLabels.IsWorkShareOnly(segment) || LabelsWorkShare(segment) || NamesInternship(segment))
        {
            fields.Set(FieldKind.EmploymentType, segment);
            return;
        }

        // "36 uur per week, jaarcontract met uitzicht op vast", "20 horas semanales, contrato temporal": the week's hours
        // lead the contract's terms as a type word would.
        var typeLength = FieldLabels.EmploymentTypeLength(segment) is var lead and > 0 ? lead : FieldLabels.HoursLength(segment);
        if (typeLength > 0)
        {
            var rest = segment[typeLength..].TrimStart(',', ' ', ';');
            // "Full-time, Oakland, CA": the type, then the place. "Parttime, 24–32 uur per week": the type's hours.
            if (rest.Length > 0 && LooksLikePlace(rest))
            {
                fields.Set(FieldKind.EmploymentType, segment[..typeLength].Trim());
                fields.Set(FieldKind.Location, rest);
            }
            // "CDD 12 mois, Dijon", "CDI à temps partiel, Beaune": the contract's terms, then the town after the last comma.
            else if (rest.LastIndexOf(", ", StringComparison.Ordinal) is var comma and >= 0
                && segment[(segment.Length - rest.Length + comma + 2)..].Trim() is { Length: > 0 } town && LooksLikePlace(town))
            {
                fields.Set(FieldKind.EmploymentType, segment[..(segment.Length - rest.Length + comma)].Trim());
                fields.Set(FieldKind.Location, town);
            }
            else
            {
                fields.Set(FieldKind.EmploymentType, segment);
            }

            return;
        }

        // "Gdańsk, umowa o pracę, pełny etat", "Bonn, Teilzeit": the town, then the contract after the first comma.
        if (segment.IndexOf(", ", StringComparison.Ordinal) is var townEnd and > 0
            && FieldLabels.EmploymentTypeLength(segment.AsSpan(townEnd + 2)) > 0 && LooksLikePlace(segment[..townEnd]))
        {
            fields.SetPlace(segment[..townEnd]);
            fields.Set(FieldKind.EmploymentType, segment[(townEnd + 2)..].Trim());
            return;
        }

        if (!FieldLabels.HasDate(segment) && LooksLikePlace(segment))
        {
            fields.SetPlace(segment);
        }
    }

    /// <summary>Whether a text says the work is remote ("Remote", "Remoto", "Zdalnie", "op afstand", "of thuis").</summary>
    public static bool SaysRemote(string text) => RemoteWords().IsMatch(text);

    /// <summary>A short phrase of capitalised words ("Rocky Hill", "Princeton, NJ (hybrid)", "Utrecht of op afstand",
    /// "remote within California"), not a sentence or a number.</summary>
    public static bool LooksLikePlace(string text)
    {
        // A button's words ("Inscreva-se", "Postúlate") are capitalised as a town is.
        if (JobTitles.IsApply(text))
        {
            return false;
        }

        // "Wrocław / praca hybrydowa", "Köln / mobiles Arbeiten", "Gent / hybride werken": a town, then after a slash how
        // the work is done.
        if (text.Contains('/', StringComparison.Ordinal) && TownThenWorkMode().Match(text) is { Success: true } mode)
        {
            return LooksLikePlace(mode.Groups["town"].Value);
        }

        // "Paris 11e", "Lyon 3e": an arrondissement's number is part of the town, as a numbered postal district's is
        // ("Dublin 7", "Praha 2"), and a district named by its number after the town ("Wien, 9. Bezirk", "Zürich, Kreis 4",
        // "Lyon, 7e arrondissement").
        if (FieldLabels.HasDigit(text))
        {
            text = Arrondissement().Replace(text, "");
        }

        if (WordCount(text) > MaxLocationWords || text.Length > 70 || FieldLabels.HasDigit(WithoutParenthesised(text, "")))
        {
            return false;
        }

        if (RemoteWords().IsMatch(text) || IsCjkAddress(text))
        {
            return true;
        }

        var words = WithoutParenthesised(text, " ").AsSpan();
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in words.SplitAny(WordSeparators))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) && !Connector().IsMatch(word))
            {
                return false;
            }

            last = word;
        }

        // A phrase that ends with a connector is cut short, a prefix ("Publiée le", "Posted on"), not a place; a state's
        // code in capitals is no connector ("New Orleans, LA", "Portland, OR", "Dover, DE").
        return !last.IsEmpty && (!Connector().IsMatch(last) || IsStateCode(last));
    }

    private static bool IsStateCode(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && char.IsUpper(word[1]);

    /// <summary>A Japanese or Chinese place with no label before it ("東京都千代田区", "大阪市北区", "福州市鼓楼区",
    /// "北京·朝阳区"): a few Han letters ending in an administrative unit (prefecture, city, ward, town, village, province,
    /// county).</summary>
    private static bool IsCjkAddress(string text)
    {
        var place = text.AsSpan().Trim();
        if (place.Length is < 2 or > 12 || !CjkAddressEnds.Contains(place[^1]))
        {
            return false;
        }

        foreach (var c in place)
        {
            if (c is (< '\u4E00' or > '\u9FFF') and not '·')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with each bracketed part ("(hybrid)") replaced, as <c>\([^)]*\)</c> finds them; made
    /// without a regular expression's replacement, which is parsed again whenever the replacement text changes.</summary>
    private static string WithoutParenthesised(string text, string replacement)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || text.IndexOf(')', open + 1) < 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var from = 0;
        while (open >= 0 && text.IndexOf(')', open + 1) is var close and >= 0)
        {
            result.Append(text, from, open - from).Append(replacement);
            from = close + 1;
            open = text.IndexOf('(', from);
        }

        return result.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>The text's fields, split at separators, added to <paramref name="segments"/>; a text holding none of the
    /// separators' characters is one field, and is not handed to the regular expression.</summary>
    private static void AddSegments(string text, List<Segment> segments)
    {
        if (text.AsSpan().IndexOfAny(SegmentBreakCharacters) < 0)
        {
            AddLabelledSentences(text.AsSpan().Trim(), segments);
            return;
        }

        foreach (var range in SegmentBreak().EnumerateSplits(text))
        {
            AddLabelledSentences(text.AsSpan(range).Trim(), segments);
        }
    }

    /// <summary>The segment, or its sentences when each is a field of its own ("Místo výkonu práce: Brno. Úvazek: plný.
    /// Mzda: 42 000 Kč", "Lugar de trabajo: Sevilla. Jornada completa. Retribución: …"): a sentence ends at a full stop
    /// after a letter or a bracket that a known label and its colon, or an employment type, follow ("Sede: Buenos Aires
    /// (modalidad híbrida). Media jornada (20 horas semanales)."). A segment without a colon holds no label and is not
    /// searched.</summary>
    private static void AddLabelledSentences(ReadOnlySpan<char> segment, List<Segment> segments)
    {
        if (segment.IsEmpty)
        {
            return;
        }

        var firstColon = segment.IndexOf(':');
        if (firstColon < 0)
        {
            segments.Add(new Segment(segment.ToString(), null));
            return;
        }

        // With one colon the label after a stop is the segment's only one, and its value runs on into prose: only an
        // employment type after the stop starts a field of its own.
        var severalLabels = segment.LastIndexOf(':') != firstColon;

        var start = 0;
        for (var dot = segment.IndexOf(". "); dot > 0; dot = NextStop(segment, dot + 2))
        {
            var rest = segment[(dot + 2)..];
            var colon = rest.IndexOf(':');
            if (EndsSentence(segment[..dot])
                && ((severalLabels && colon is > 0 and <= 40 && IsLabel(rest[..colon].ToString()))
                    || FieldLabels.EmploymentTypeLength(rest) > 0))
            {
                segments.Add(new Segment(segment[start..dot].Trim().ToString(), null));
                start = dot + 2;
            }
        }

        segments.Add(new Segment(segment[start..].Trim().ToString(), null));

        static int NextStop(ReadOnlySpan<char> text, int from) => text[from..].IndexOf(". ") is var at and >= 0 ? from + at : -1;

        // A label the project does not read ("Beginn:", "Start:", "Début :") still starts a sentence of its own, so the
        // field before it ends at its stop ("Ort: Leipzig. Beginn: 1. April 2027.").
        static bool IsLabel(string label) => FieldLabels.KindOf(label) is not FieldKind.None || LabelWords().IsMatch(label);
    }

    /// <summary>Whether a full stop after the text ends a sentence: after a letter, a bracket or a number that is no day
    /// or ordinal of one or two digits ("2027.", "E13.", not the "1." of "1. April").</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var last = text[^1];
        if (char.IsLetter(last) || last == ')')
        {
            return true;
        }

        var digits = text.Length - text.TrimEnd("0123456789").Length;
        return digits > 0 && (digits > 2 || (text.Length > digits && char.IsLetter(text[^(digits + 1)])));
    }

    /// <summary>One field of a text, and its label once looked up.</summary>
    private readonly record struct Segment(string Text, FieldKind? Kind);

    /// <summary>An element holding text of its own, and whether it holds the block's title too.</summary>
    private readonly record struct Line(IElement Element, bool HoldsTitle);

    /// <summary>One text of a line, the field the line's class names, and its words.</summary>
    private readonly record struct LineText(IElement Element, string Text, FieldKind Named, int Words);

    private static int WordCount(string text) => JobTitles.WordCount(text);

    [GeneratedRegex(@"(?:^|[\s_-])(?:categor(?:y|ies|ias?|ie)|cat[ée]gorie|kategorie|etiquetas?|taxonomy)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex CategoryClass();

    [GeneratedRegex(@"(?:^|[\s_-])(?:location|locations|city|place|address|region|lugar|lieu|sede|locatie|standort)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex LocationClass();

    [GeneratedRegex(@"(?:^|[\s_-])(?:company|organi[sz]ation|employer|hiring|empresa|entreprise|azienda|organisatie)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex CompanyClass();

    [GeneratedRegex(@"(?:^|[\s_-])(?:job-?type|employment-?type|contract|schedule|jornada|dienstverband)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex TypeClass();

    [GeneratedRegex(@"(?:^|[\s_-])(?:salary|pay|compensation|wage|salario|salaire|salaris)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex SalaryClass();

    // A spaced dash separates fields ("Torino – Tempo pieno", "— Ciudad de México — Tiempo completo", a date then the
    // contract: "Publié le 2 avril 2024 – CDD 12 mois"), but not the two ends of a pay range ("€ 3.400 – € 4.500", the rand's
    // "R38 000 – R45 000", the real's "R$ 5.000 – R$ 7.000").
    // "北京·朝阳区" is one place, a city and its district, not two facts.
    [GeneratedRegex(@"\s*(?:[•|｜／]|·(?!\p{IsCJKUnifiedIdeographs}{1,4}[区區县縣](?!\p{IsCJKUnifiedIdeographs})))\s*|;\s+|(?<![\d$€£])\s+[–—]\s+|(?<=\d)\s+[–—]\s+(?![\d$€£¥]|(?:USD|EUR|GBP|CHF|PLN|CAD|AUD|NZD|BRL|MXN|ARS|COP|CLP|JPY|CNY|ZAR|INR|R\$?|S/\.?)\s?\d)|^[–—]\s+")]
    private static partial Regex SegmentBreak();

    [GeneratedRegex(@"^(?:on[\s-]?site|in[\s-]office|presencial|stacjonarnie|vor\s+ort|sur\s+site|in\s+presenza|op\s+locatie|presencial(?:mente)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnSite();

    [GeneratedRegex(@"^[^:：]{1,40}[:：]\s")]
    private static partial Regex LabelLike();

    /// <summary>A label of one to three words before its colon, capitalised and without digits or stops ("Beginn",
    /// "Start date", "Début ").</summary>
    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:[ -]\p{L}+){0,2} ?$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:remote|remoto|hybrid|hybride|h[íi]brido|op\s+afstand|thuis(?:werk(?:en)?)?|t[ée]l[ée]travail|distanza|zdalnie)(?![\p{L}])|远程|遠程|リモート|在宅勤務|テレワーク", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteWords();

    [GeneratedRegex(@"^(?<town>[^/]+?)\s*/\s*(?:praca\s+(?:hybrydowa|zdalna|stacjonarna)|(?:tryb|model)\s+hybrydowy|hybrydowo|zdalnie|stacjonarnie|hybrid(?:\s+working)?|remote|on[\s-]?site|in[\s-]office|mobiles\s+arbeiten|home\s?office|vor\s+ort|hybride(?:\s+werken)?|(?:deels\s+)?thuiswerken|op\s+afstand|op\s+kantoor|t[ée]l[ée]travail(?:\s+partiel)?|en\s+pr[ée]sentiel|sur\s+site|[àa]\s+distance|h[íi]brido|modalidad\s+(?:h[íi]brida|remota|presencial)|(?:en\s+)?remoto|teletrabajo|presencial)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TownThenWorkMode();

    [GeneratedRegex(@"(?<=\p{Lu}\p{L}+),?\s+(?:\d{1,2}\.\s*(?:Gemeinde)?[Bb]ezirk|Kreis\s+\d{1,2}|\d{1,2}(?:e|er|ème|eme)\s+arrondissement)(?![\p{L}\d])|(?<=\p{Lu}\p{L}+)\s+\d{1,2}(?:e|er|ème|eme)(?![\p{L}\d])|(?<=(?<![\p{L}])(?:Dublin|Praha|Brno|Ostrava|Bratislava|Košice|Wien|Budapest))\s+\d{1,2}[Ww]?(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Arrondissement();

    [GeneratedRegex(@"^(?:of|and|or|de|del|la|le|les|di|da|du|des|van|op|en|y|e|et|&|the|in|am|an|der|st\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    [GeneratedRegex(@"map-marker|location|marker|place|pin\b|geo", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerIcon();

    [GeneratedRegex(@"clock|schedule|briefcase", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockIcon();

    [GeneratedRegex(@"(?:clos|deadline|apply by|until|hasta|jusqu(?:['’](?:au|à))?|scadenza|uiterlijk|expire)\w*(?:\s+dates?)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClosingLead();

    /// <summary>A type label without its colon before a share of the week ("Pensum 60–80 %", "Arbeitspensum 80%",
    /// "Beschäftigungsgrad 50 %", "Taux d'activité 80 %", "Stellenumfang 0.8 FTE"), as a card's meta line writes it.</summary>
    private static bool LabelsWorkShare(string segment)
    {
        var space = segment.IndexOf(' ', StringComparison.Ordinal);
        for (; space > 0; space = segment.IndexOf(' ', space + 1))
        {
            if (FieldLabels.IsWorkShareOnly(segment.AsSpan(space + 1)) && FieldLabels.KindOf(segment[..space]) == FieldKind.EmploymentType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A fact naming an internship in a few words, its note in brackets aside ("Unpaid internship (academic credit
    /// available)", "Stage rémunéré", "Praktikum, 6 Monate", "Prácticas remuneradas", "Tirocinio curricolare"): the kind of job.</summary>
    private static bool NamesInternship(string segment)
    {
        const int MaxWords = 3;
        var open = segment.IndexOf('(', StringComparison.Ordinal);
        var fact = open > 0 ? segment[..open] : segment;
        return WordCount(fact) <= MaxWords && FieldLabels.InternIn(fact) is not null;
    }

    /// <summary>A place label's value up to the end of its sentence, where a paragraph runs on ("Dienstort: Linz. 20
    /// Wochenstunden, befristet …", "Lieu : Namur. Contrat à durée indéterminée", "Sede: Milano. 30 ore settimanali"): a
    /// full stop after a word of three letters or more, then a capital or a digit ("St. Gallen" stays whole).</summary>
    private static string PlaceSentence(string value) =>
        PlaceSentenceEnd().Match(value) is { Success: true } end ? value[..end.Index] : value;

    [GeneratedRegex(@"(?<=\p{L}{3})\.\s+(?=\p{Lu}|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSentenceEnd();
}
