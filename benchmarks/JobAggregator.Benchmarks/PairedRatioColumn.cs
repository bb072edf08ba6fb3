using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace JobAggregator.Benchmarks;

/// <summary>The extraction's speed as a share of parsing alone from <see cref="PairedRounds"/>: the two timed in
/// alternating rounds, so the machine's speed changing during the run moves both sides of the ratio alike.</summary>
public sealed class PairedRatioColumn : IColumn
{
    public string Id => nameof(PairedRatioColumn);
    public string ColumnName => "Paired vs parse";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 2;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Median share of parse-only speed over 15 alternating back-to-back rounds of the two (lowest–highest round) (goal >= 0.50x; * misses it)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var kind = benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<CorpusKind>().FirstOrDefault();
        if (benchmarkCase.Descriptor.Baseline || kind is null || PairedRounds.Of(kind.Name) is not { } ratio)
        {
            return "-";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{ratio.Median:0.00}x ({ratio.Lowest:0.00}–{ratio.Highest:0.00}){(ratio.Median < 0.5 ? " *" : "")}");
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
