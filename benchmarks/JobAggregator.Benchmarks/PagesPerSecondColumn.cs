using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace JobAggregator.Benchmarks;

/// <summary>Pages per second: one operation handles every page of a corpus kind, so the rate is the page count over
/// the mean time of one operation.</summary>
public sealed class PagesPerSecondColumn : IColumn
{
    public string Id => nameof(PagesPerSecondColumn);
    public string ColumnName => "Pages/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Corpus pages handled per second of the job's clock (page count / mean time of one operation)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var kind = benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<CorpusKind>().FirstOrDefault();
        return mean is > 0 && kind is not null
            ? (kind.Pages.Count / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
