using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds job tables: a header row with a title-like column ("Job Title", "Position", "Puesto", "Vacante", "Poste",
/// "Posizione", "Functie", "Vacature", "Stanowisko") and columns for place, pay and dates, mapped by their header text.
/// The header row is the one with <c>&lt;th&gt;</c> cells, else a first row whose every cell is bold (editors without a
/// header option write one so).</summary>
internal static partial class JobTables
{
    private static readonly string[] JobSpecificTitles =
        ["job title", "position", "position title", "job", "job opening", "vacancy", "job vacancy", "puesto", "puesto de trabajo", "vacante", "vacantes", "vaga", "poste", "poste à pourvoir", "intitulé du poste", "posizione", "functie", "vacature", "functietitel", "stelle", "stellenbezeichnung", "stanowisko", "função", "funcao",
            "職種", "募集職種", "岗位", "岗位名称", "职位", "职位名称"];

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
                return drafts;
            }
        }

        return [];
    }

    public static List<PostingDraft> Read(IElement table, Uri pageUrl, Uri linkBase, int maxRows)
    {
        var rows = ElementWalk.Descendants(table).Where(r => r.LocalName == "tr" && ElementWalk.Closest(r, IsTable) == table).ToList();
        var header = rows.FirstOrDefault(r => r.Children.Any(c => c.LocalName == "th")) ?? BoldHeader(rows);
        if (header is null)
        {
            return [];
        }

        var grid = TableGrid.Lay(rows);
        var headerIndex = rows.IndexOf(header);
        var columns = grid[headerIndex].Select(c => (Text: PlainText.Collapse(c?.TextContent)?.ToLowerInvariant(), Kind: c is null ? FieldKind.None : FieldLabels.KindOf(c.TextContent))).ToList();
        var titleColumn = columns.FindIndex(c => c.Kind == FieldKind.Title);
        if (titleColumn < 0 || !columns.Any(c => c.Kind is not (FieldKind.None or FieldKind.Title)))
        {
            return [];
        }

        var drafts = new List<PostingDraft>();
        for (var r = headerIndex + 1; r < rows.Count; r++)
        {
            if (drafts.Count >= maxRows)
            {
                break;
            }

            var row = rows[r];
            var cells = grid[r];

            // A title cell spanned down from an earlier row is that row's opening, not another one.
            if (cells.Length <= titleColumn || cells[titleColumn] is not { } titleCell || titleCell.ParentElement != row)
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
            var link = ElementWalk.FirstDescendant(titleCell, ElementWalk.IsLink) ?? ElementWalk.FirstDescendant(row, ElementWalk.IsLink);
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
                    fields.Set(columns[i].Kind, CellValue(columns[i], cell));
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
        var specific = JobSpecificTitles.Contains(columns[titleColumn].Text);
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

        return value is not null && column is { Kind: FieldKind.Salary, Text: { } header } && header.Contains(' ', StringComparison.Ordinal)
            ? $"{value} ({header})"
            : value;
    }

    [GeneratedRegex(@"^(?:hours|uren|stunden|arbeitszeit|horas|heures|ore|orario)$", RegexOptions.CultureInvariant)]
    private static partial Regex HoursHeader();

    [GeneratedRegex(@"^\d{1,2}(?:[.,]\d)?\s*(?:hours|hrs|uur|stunden|std\.?|horas|heures|ore)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareHours();

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

    /// <summary>The first row, when a row follows it and each of its cells holds one bold element and nothing else.</summary>
    private static IElement? BoldHeader(List<IElement> rows) =>
        rows.Count >= 2 && rows[0].ChildElementCount > 0 && rows[0].Children.All(IsBoldCell) ? rows[0] : null;

    private static bool IsBoldCell(IElement cell) =>
        cell.LocalName == "td" && cell.ChildElementCount == 1 && cell.FirstElementChild is { LocalName: "strong" or "b" } bold
            && PlainText.Collapse(bold.TextContent) is { } text && text == PlainText.Collapse(cell.TextContent);
}
