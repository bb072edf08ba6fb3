using System.Globalization;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A table's rows as columns of cells, with <c>rowspan</c> and <c>colspan</c> expanded: a cell spanned over rows
/// or columns belongs to each one it covers ("Indianapolis, IN" in a cell of <c>rowspan="3"</c> is the place of all three
/// rows), as the HTML table model lays it out.</summary>
internal static class TableGrid
{
    /// <summary>Spans beyond this are editors' mistakes ("rowspan=999"); the HTML standard caps rowspan at 65534, and no
    /// job table needs more rows than that to share a cell.</summary>
    private const int MaxSpan = 1000;

    /// <summary>Each row's cells by column (null where no cell reaches), in the order of <paramref name="rows"/>.</summary>
    public static List<IElement?[]> Lay(IReadOnlyList<IElement> rows)
    {
        var grid = new List<IElement?[]>(rows.Count);
        var carried = new List<(IElement Cell, int RowsLeft)?>();
        foreach (var row in rows)
        {
            var line = new List<IElement?>();
            var column = 0;
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                column = TakeCarried(carried, line, column);
                var colspan = Span(cell, "colspan");
                var rowspan = Span(cell, "rowspan");
                for (var i = 0; i < colspan; i++, column++)
                {
                    Put(line, column, cell);
                    SetCarried(carried, column, rowspan > 1 ? (cell, rowspan - 1) : null);
                }
            }

            while (column < carried.Count)
            {
                column = TakeCarried(carried, line, column) + 1;
            }

            grid.Add([.. line]);
        }

        return grid;
    }

    /// <summary>Fills the columns from <paramref name="column"/> that a cell of an earlier row still covers; returns the
    /// first column left free.</summary>
    private static int TakeCarried(List<(IElement Cell, int RowsLeft)?> carried, List<IElement?> line, int column)
    {
        while (column < carried.Count && carried[column] is { } span)
        {
            Put(line, column, span.Cell);
            carried[column] = span.RowsLeft > 1 ? (span.Cell, span.RowsLeft - 1) : null;
            column++;
        }

        return column;
    }

    private static void Put(List<IElement?> line, int column, IElement cell)
    {
        while (line.Count <= column)
        {
            line.Add(null);
        }

        line[column] = cell;
    }

    private static void SetCarried(List<(IElement Cell, int RowsLeft)?> carried, int column, (IElement Cell, int RowsLeft)? span)
    {
        while (carried.Count <= column)
        {
            carried.Add(null);
        }

        carried[column] = span;
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span > 1
            ? Math.Min(span, MaxSpan)
            : 1;
}
