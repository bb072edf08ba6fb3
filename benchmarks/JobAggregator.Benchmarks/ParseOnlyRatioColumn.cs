using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace JobAggregator.Benchmarks;

/// <summary>A kind's extraction next to parsing alone what it reads (the baseline of its row group: the kind's pages and
/// the API answers or feeds its extraction is given): pages per second as a share of parse-only pages per second, and
/// bytes allocated as a multiple of parse-only's. The goal (issue 11) is at least 0.5x the speed and at most 2x the
/// allocation; a row that misses it is marked with *. The speed ratio carries its error (±).</summary>
public sealed class ParseOnlyRatioColumn : BaselineCustomColumn
{
    /// <summary>BenchmarkDotNet's id of the memory diagnoser's bytes-allocated-per-operation metric.</summary>
    private const string AllocatedMetric = "Allocated Memory";

    private readonly bool _speed;

    private ParseOnlyRatioColumn(bool speed) => _speed = speed;

    public static ParseOnlyRatioColumn Speed { get; } = new(speed: true);
    public static ParseOnlyRatioColumn Allocation { get; } = new(speed: false);

    public override string Id => _speed ? "SpeedVsParseOnly" : "AllocationVsParseOnly";
    public override string ColumnName => _speed ? "Pages/s vs parse" : "Alloc vs parse";
    public override bool IsNumeric => true;
    public override UnitType UnitType => UnitType.Dimensionless;
    public override int PriorityInCategory => 1;

    public override string Legend => _speed
        ? "Pages per second as a share of parse-only pages per second on the same pages and answers, ± its error (goal >= 0.50x; * misses it)"
        : "Bytes allocated as a multiple of parse-only on the same pages and answers (goal <= 2.00x; * misses it)";

    public override string GetValue(
        Summary summary,
        BenchmarkCase benchmarkCase,
        Statistics baseline,
        IReadOnlyDictionary<string, Metric> baselineMetrics,
        Statistics current,
        IReadOnlyDictionary<string, Metric> currentMetrics,
        bool isBaseline)
    {
        double? ratio = _speed
            ? current.Mean > 0 ? baseline.Mean / current.Mean : null
            : baselineMetrics.TryGetValue(AllocatedMetric, out var parsed) && currentMetrics.TryGetValue(AllocatedMetric, out var extracted) && parsed.Value > 0
                ? extracted.Value / parsed.Value
                : null;
        if (ratio is not { } value)
        {
            return "?";
        }

        var missesGoal = !isBaseline && (_speed ? value < 0.5 : value > 2.0);
        var error = _speed && !isBaseline ? " ±" + SpeedError(value, baseline, current).ToString("0.00", CultureInfo.InvariantCulture) : "";
        return value.ToString("0.00", CultureInfo.InvariantCulture) + "x" + error + (missesGoal ? " *" : "");
    }

    /// <summary>The error of the speed ratio from the errors of its two means (BenchmarkDotNet's 99.9 % confidence
    /// intervals), their relative errors added in quadrature; the allocation ratio is exact.</summary>
    private static double SpeedError(double ratio, Statistics baseline, Statistics current) =>
        ratio * Math.Sqrt(Math.Pow(baseline.ConfidenceInterval.Margin / baseline.Mean, 2) + Math.Pow(current.ConfidenceInterval.Margin / current.Mean, 2));
}
