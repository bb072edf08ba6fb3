using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds job tables: a header row with a title-like column ("Job Title", "Position", "Puesto", "Vacante", "Poste",
/// "Posizione", "Functie", "Vacature", "Stanowisko") and columns for place, pay and dates, mapped by their header text.
/// The header row is the one with <c>&lt;th&gt;</c> cells, else a first row whose every cell is bold (editors without a
/// header option write one so). A table whose header row names the openings and whose first column names the fields
/// ("職缺 | 專職律師 | 專案助理", then "工作地點 | 臺北市 | 臺中市") is read column by column.</summary>
internal static partial class JobTables
{
    /// <summary>Column headers that name the position a row offers, in the network's languages: a table under one is a
    /// job table whatever its rows' titles read like. A column's own word, not a line's label ("Profilo:" in an ad heads
    /// what it asks of the applicant).</summary>
    private static readonly HashSet<string> JobSpecificTitles =
        ["job title", "position", "position title", "job", "job opening", "vacancy", "job vacancy",
            "puesto", "puesto de trabajo", "vacante", "vacantes", "plaza", "perfil", "perfil del puesto", "denominación del puesto",
            "vaga", "função", "funcao", "perfil da vaga",
            "poste", "poste à pourvoir", "intitulé du poste", "profil", "profil recherché", "fonction", "emploi", "métier",
            "posizione", "profilo", "profilo professionale", "figura professionale", "mansione", "qualifica",
            "functie", "vacature", "functietitel", "functienaam", "profiel",
            "stelle", "stellenbezeichnung", "funktion", "berufsbezeichnung", "jobtitel",
            "stanowisko", "nazwa stanowiska",
            "pozice", "pracovní pozice", "název pozice", "profese",
            "stilling", "stillingsbetegnelse", "stillingstittel", "tjänst", "befattning", "yrke",
            "職種", "募集職種", "岗位", "岗位名称", "招聘岗位", "职位", "职位名称", "招聘职位"];

    /// <summary>Headers of a column naming people, as a staff table has one.</summary>
    private static readonly HashSet<string> PersonNameHeaders =
        ["name", "names", "full name", "nom", "nom et prénom", "prénom et nom", "nombre", "nombre y apellidos", "nome", "nome e cognome",
            "naam", "vorname", "name, vorname", "imię i nazwisko", "namn", "navn", "jméno", "氏名", "姓名"];

    /// <param name="maxRows">The most postings read from the table: a run has room for no more.</param>
    public static IReadOnlyList<PostingDraft> Find(IDocument document, Uri pageUrl, Uri linkBase, int maxRows = int.MaxValue)
    {
        foreach (var entry in PageElements.Of(document).All)
        {
            if (entry.Kind != PageElements.Kind.Table || entry.IsFurniture)
            {
                continue;
            }

            var drafts = Read(entry.Element, pageUrl, linkBase, maxRows);
            if (drafts.Count > 0)
            {
                var posted = PostedAbove(entry.Element) is { } above ? ListDates.PostedEach(drafts, above) : drafts;
                return ClosingSentences.DatingEvery(posted, () => ClosingBelow(entry.Element), _ => false);
            }
        }

        return [];
    }

    /// <summary>The date a labelled line right above the table says the announcement was published ("發布日期：115年12月8日",
    /// "Posted: March 3, 2027"), which holds for each of its openings; null when none of the few lines before it says one.</summary>
    private static string? PostedAbove(IElement table)
    {
        const int MaxLines = 3;
        var line = table.PreviousElementSibling;
        for (var i = 0; i < MaxLines && line is not null && !IsTable(line); i++, line = line.PreviousElementSibling)
        {
            if (ListDates.Labelled(line, FieldKind.DatePosted) is { } posted)
            {
                return posted;
            }
        }

        return null;
    }

    /// <summary>The closing date a sentence in the few paragraphs under the table states ("Strukturovaný životopis
    /// zasílejte do 15. 1. 2027", "Candidature entro il 15 gennaio 2027"), which holds for each of its rows when none
    /// states its own; null when none of them states one.</summary>
    private static string? ClosingBelow(IElement table)
    {
        const int MaxLines = 3;
        // A block editor wraps the table in a figure of its own.
        var below = table.ParentElement is { LocalName: "figure" } figure && figure.ChildElementCount == 1 ? figure : table;
        var line = below.NextElementSibling;
        for (var i = 0; i < MaxLines && line is { LocalName: "p" or "div" } && !IsTable(line); i++, line = line.NextElementSibling)
        {
            if (PlainText.Of(line) is { } text && ProseFields.ClosingDate(text) is { } closing)
            {
                return closing;
            }
        }

        return null;
    }

    public static List<PostingDraft> Read(IElement table, Uri pageUrl, Uri linkBase, int maxRows)
    {
        table = TranslatedCopies.InPageLanguage(table);
        var rows = ElementWalk.Descendants(table).Where(r => r.LocalName == "tr" && ElementWalk.Closest(r, IsTable) == table).ToList();
        var header = rows.FirstOrDefault(r => r.Children.Any(c => c.LocalName == "th")) ?? BoldHeader(rows);
        if (header is null)
        {
            return [];
        }

        var headerIndex = rows.IndexOf(header);
        var grid = TableGrid.Lay(rows).Skip(headerIndex).ToList();
        var headerCells = grid[0];
        var titleColumn = Array.FindIndex(headerCells, c => c is not null && NamesPosition(c.TextContent));
        var openings = grid.Skip(1).Zip(rows.Skip(headerIndex + 1), (cells, row) => (cells, (IElement?)row));
        return titleColumn >= 0 && Read(headerCells, openings, titleColumn, pageUrl, linkBase, maxRows) is { Count: > 0 } drafts ? drafts
            : Transposed(grid) is { } columns ? Read(columns[0], columns.Skip(1).Select(c => (c, (IElement?)null)), 0, pageUrl, linkBase, maxRows)
            : [];
    }

    /// <summary>The table's columns as rows, the first column first, when the header row names the openings and the first
    /// column the fields: the header's first cell is blank or a title's label ("職缺", "Position"), its other two or more
    /// cells name no field, and the first column names two fields or more. Null for a table read row by row.</summary>
    private static List<IElement?[]>? Transposed(List<IElement?[]> grid)
    {
        const int MinFieldRows = 2;
        // One opening's column beside the labels is an ad's table of facts, which the ad's own reading reads whole.
        const int MinColumns = 3;
        var header = grid[0];
        if (header.Length < MinColumns || grid.Count <= MinFieldRows
            || (PlainText.Collapse(header[0]?.TextContent) is not null && !NamesPosition(header[0]!.TextContent))
            || header.Skip(1).Any(c => c is null || FieldLabels.KindOf(c.TextContent) != FieldKind.None))
        {
            return null;
        }

        // A row spanning the openings' columns (a note under the table) states nothing of one opening.
        var full = grid.Where(r => r.Length == header.Length && r.All(c => c is not null) && r.Distinct().Count() == r.Length).ToList();
        var fieldKinds = full.Skip(1).Select(r => FieldLabels.KindOf(r[0]!.TextContent)).Where(k => k is not (FieldKind.None or FieldKind.Title)).Distinct().Count();
        return fieldKinds < MinFieldRows ? null : Enumerable.Range(0, header.Length).Select(column => full.Select(r => r[column]).ToArray()).ToList();
    }

    /// <param name="headerCells">The cells naming each column's field.</param>
    /// <param name="openings">The cells of each opening, one row each, with the row element they stand in (null for a
    /// column of a table read column by column).</param>
    private static List<PostingDraft> Read(
        IElement?[] headerCells, IEnumerable<(IElement?[] Cells, IElement? Row)> openings, int titleColumn, Uri pageUrl, Uri linkBase, int maxRows)
    {
        var columns = headerCells.Select(c => (Text: PlainText.Collapse(c?.TextContent)?.ToLowerInvariant(), Kind: c is null ? FieldKind.None : FieldLabels.KindOf(c.TextContent))).ToList();
        // A column of people's names ("Name | Funktion | Standort", "Nom | Fonction | Site") lists the staff, not openings.
        if (!columns.Any(c => c.Kind is not (FieldKind.None or FieldKind.Title)) || columns.Exists(c => c.Text is { } header && PersonNameHeaders.Contains(header)))
        {
            return [];
        }

        var drafts = new List<PostingDraft>();
        // What the opening before said in each column, for a ditto cell ("同上", "idem") under or beside it.
        var before = new string?[columns.Count];
        foreach (var (cells, row) in openings)
        {
            if (drafts.Count >= maxRows)
            {
                break;
            }

            // A title cell spanned down from an earlier row is that row's opening, not another one.
            if (cells.Length <= titleColumn || cells[titleColumn] is not { } titleCell || (row is not null && titleCell.ParentElement != row))
            {
                continue;
            }

            // A Status column's "Closed" or "Filled" keeps a past opening listed, and a finished procedure's results
            // ("Lista de ordenação final", "Concluido") stay listed after it: no opening.
            // A title struck through or marked closed in its own cell ("<s>Educatore</s> (selezione chiusa)") is a past one.
            if (cells.Any(c => c is not null && c != titleCell && ClosedOpenings.IsClosedStatus(PlainText.Of(c)))
                || (row is not null && FinishedProcedures.Marks(row)) || ClosedOpenings.Marks(titleCell))
            {
                continue;
            }

            // A row struck through keeps a filled post listed ("<del>Juriste</del> … Pourvu").
            if (ClosedOpenings.StruckThrough(titleCell))
            {
                continue;
            }

            var titleLine = TitleLine(titleCell);
            var title = PlainText.Of(titleLine ?? titleCell);
            if (title is null || !JobTitles.IsTitleShaped(title))
            {
                continue;
            }

            // State and university portals link to their applicant system on another host: the header vouches for the
            // table, so the link need not be on the page's site.
            var link = ElementWalk.FirstDescendant(titleCell, ElementWalk.IsLink)
                ?? (row is not null ? ElementWalk.FirstDescendant(row, ElementWalk.IsLink)
                    : cells.Select(c => c is null ? null : ElementWalk.FirstDescendant(c, ElementWalk.IsLink)).FirstOrDefault(l => l is not null));
            var url = Links.Resolve(linkBase, link?.GetAttribute("href"));
            if (url is not null && !LinkFilter.MayBePosting(url, pageUrl, offSiteAllowed: true))
            {
                continue;
            }

            var fields = new FoundFields();
            for (var i = 0; i < cells.Length && i < columns.Count; i++)
            {
                // A cell spanned over several columns counts once, under its first column's header.
                if (i != titleColumn && cells[i] is { } cell && (i == 0 || cells[i - 1] != cell))
                {
                    var value = CellValue(columns[i], cell);
                    before[i] = value is not null && Ditto().IsMatch(value) ? before[i] : value;
                    fields.Set(columns[i].Kind, before[i]);
                }
            }

            var columned = new PostingDraft
            {
                Title = title,
                Url = url,
                Location = fields.Location,
                EmploymentType = fields.EmploymentType,
                SalaryText = fields.Salary,
                DatePosted = fields.DatePosted,
                ValidThrough = fields.ValidThrough,
                FoundOn = pageUrl,
            };

            // A table without a place column may name the place after the title ("Jurista (m/f) – Braga"), or in the title
            // cell's line under it.
            drafts.Add(OpeningBlocks.WithPlaceFromTitle(titleLine is null ? columned : BlockFields.Read(titleCell, titleLine).CompletedBy(columned)));
        }

        // A generic "Title" column could head a table of reports or cases: then most rows must name a role.
        var specific = columns[titleColumn].Text is { } titleHeader && JobSpecificTitles.Contains(titleHeader);
        return specific || drafts.Count(d => JobTitles.LooksLikeJobTitle(d.Title)) * 2 > drafts.Count ? drafts : [];
    }

    /// <summary>A cell's text; a pay cell's with its header when the header says more than "Salary" ("$28,000 MXN" under
    /// "Sueldo mensual" is a month's pay, "$24" under "Hourly rate" an hour's).</summary>
    private static string? CellValue((string? Text, FieldKind Kind) column, IElement cell)
    {
        var value = PlainText.Of(cell);
        if (value is not null && column is { Kind: FieldKind.EmploymentType, Text: { } hoursHeader } && HoursHeader().IsMatch(hoursHeader)
            && BareHours().IsMatch(value))
        {
            // An "Hours" column states the week's hours ("35 hours", "21 hours"), as the normaliser reads them.
            return $"{value} a week";
        }

        if (value is not null && column is { Kind: FieldKind.EmploymentType, Text: { } workloadHeader } && WorkloadHeader().IsMatch(workloadHeader)
            && BareFraction().IsMatch(value))
        {
            // A workload column states a share of a full post ("Úvazek 1,0", "0,5", "FTE 0.8"), as the normaliser reads FTE.
            return $"{value} FTE";
        }

        // A header given in two languages ("Salaire / Salary") says no more than one word would.
        return value is not null && column is { Kind: FieldKind.Salary, Text: { } header }
            && header.Split('/').Any(copy => copy.Trim().Contains(' ', StringComparison.Ordinal))
            ? $"{value} ({header})"
            : value;
    }

    /// <summary>A cell that repeats the one before it: in a table read row by row the cell above, in one read column by
    /// column the cell to its left.</summary>
    [GeneratedRegex(@"^(?:同上|同左|〃|ditto|idem|ídem|dito|dgl\.|same as above)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ditto();

    [GeneratedRegex(@"^(?:hours|uren|stunden|arbeitszeit|horas|heures|ore|orario)$", RegexOptions.CultureInvariant)]
    private static partial Regex HoursHeader();

    [GeneratedRegex(@"^\d{1,2}(?:[.,]\d)?\s*(?:hours|hrs|uur|stunden|std\.?|horas|heures|ore)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHours();

    [GeneratedRegex(@"^(?:(?:pracovní\s+)?úvazek|fte|wtf|werktijdfactor|wymiar(?:\s+etatu)?|etat|stillingsbrøk)$", RegexOptions.CultureInvariant)]
    private static partial Regex WorkloadHeader();

    [GeneratedRegex(@"^(?:0?[.,]\d{1,2}|1(?:[.,]0{1,2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareFraction();

    /// <summary>The title cell's first element when a line of its own follows it ("&lt;a&gt;Title&lt;/a&gt;&lt;br&gt;&lt;small&gt;San
    /// Antonio, TX · Full-time&lt;/small&gt;"): that line is the row's facts, not the title. Null when the cell is one line
    /// ("&lt;a&gt;Investigator&lt;/a&gt; – Felony").</summary>
    private static IElement? TitleLine(IElement cell) =>
        cell.FirstElementChild is { LocalName: not "br" } first && !HasText(cell.FirstChild, first)
            && first.NextElementSibling is { LocalName: "br" or "small" or "div" or "p" or "ul" or "dl" } next
            && !HasText(first.NextSibling, next) && HasText(next, null)
            ? first
            : null;

    /// <summary>Whether the siblings from <paramref name="from"/> up to <paramref name="until"/> (to the last when null)
    /// hold any text.</summary>
    private static bool HasText(INode? from, INode? until)
    {
        for (var node = from; node is not null && node != until; node = node.NextSibling)
        {
            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTable(IElement element) => element.LocalName == "table";

    /// <summary>Whether a header cell names the column of the positions: a title's label ("Job title", "Puesto") or a
    /// column's word for the position (<see cref="JobSpecificTitles"/>).</summary>
    private static bool NamesPosition(string header) =>
        FieldLabels.KindOf(header) == FieldKind.Title
        || (PlainText.Collapse(header)?.TrimEnd(':', '：').ToLowerInvariant() is { } text && JobSpecificTitles.Contains(text));

    /// <summary>The first row, when a row follows it and each of its cells holds one bold element and nothing else.</summary>
    private static IElement? BoldHeader(List<IElement> rows) =>
        rows.Count >= 2 && rows[0].ChildElementCount > 0 && rows[0].Children.All(IsBoldCell) ? rows[0] : null;

    private static bool IsBoldCell(IElement cell) =>
        cell.LocalName == "td" && cell.ChildElementCount == 1 && cell.FirstElementChild is { LocalName: "strong" or "b" } bold
            && PlainText.Collapse(bold.TextContent) is { } text && text == PlainText.Collapse(cell.TextContent);
}
