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

    private readonly Measure _measure;

    private ParseOnlyRatioColumn(Measure measure) => _measure = measure;

    private enum Measure
    {
        MeanSpeed,
        FastestSpeed,
        Allocation,
    }

    public static ParseOnlyRatioColumn Speed { get; } = new(Measure.MeanSpeed);

    /// <summary>The speed ratio of the two fastest iterations: other work on the machine only ever adds to an
    /// iteration's time, so on a busy machine this moves less between runs than the ratio of the means.</summary>
    public static ParseOnlyRatioColumn FastestSpeed { get; } = new(Measure.FastestSpeed);

    public static ParseOnlyRatioColumn Allocation { get; } = new(Measure.Allocation);

    private bool IsSpeed => _measure != Measure.Allocation;

    public override string Id => _measure + "VsParseOnly";

    public override string ColumnName => _measure switch
    {
        Measure.MeanSpeed => "Pages/s vs parse",
        Measure.FastestSpeed => "Fastest vs parse",
        _ => "Alloc vs parse",
    };
    public override bool IsNumeric => true;
    public override UnitType UnitType => UnitType.Dimensionless;
    public override int PriorityInCategory => 1;

    public override string Legend => _measure switch
    {
        Measure.MeanSpeed => "Pages per second as a share of parse-only pages per second on the same pages and answers, ± its error (goal >= 0.50x; * misses it)",
        Measure.FastestSpeed => "The same share from each benchmark's fastest iteration (goal >= 0.50x; * misses it)",
        _ => "Bytes allocated as a multiple of parse-only on the same pages and answers (goal <= 2.00x; * misses it)",
    };

    public override string GetValue(
        Summary summary,
        BenchmarkCase benchmarkCase,
        Statistics baseline,
        IReadOnlyDictionary<string, Metric> baselineMetrics,
        Statistics current,
        IReadOnlyDictionary<string, Metric> currentMetrics,
        bool isBaseline)
    {
        double? ratio = _measure switch
        {
            Measure.MeanSpeed => current.Mean > 0 ? baseline.Mean / current.Mean : null,
            Measure.FastestSpeed => current.Min > 0 ? baseline.Min / current.Min : null,
            _ => baselineMetrics.TryGetValue(AllocatedMetric, out var parsed) && currentMetrics.TryGetValue(AllocatedMetric, out var extracted) && parsed.Value > 0
                ? extracted.Value / parsed.Value
                : null,
        };
        if (ratio is not { } value)
        {
            return "?";
        }

        var missesGoal = !isBaseline && (IsSpeed ? value < 0.5 : value > 2.0);
        var error = _measure == Measure.MeanSpeed && !isBaseline ? " ±" + SpeedError(value, baseline, current).ToString("0.00", CultureInfo.InvariantCulture) : "";
        return value.ToString("0.00", CultureInfo.InvariantCulture) + "x" + error + (missesGoal ? " *" : "");
    }

    /// <summary>The error of the speed ratio from the errors of its two means (BenchmarkDotNet's 99.9 % confidence
    /// intervals), their relative errors added in quadrature; the allocation ratio is exact.</summary>
    private static double SpeedError(double ratio, Statistics baseline, Statistics current) =>
        ratio * Math.Sqrt(Math.Pow(baseline.ConfidenceInterval.Margin / baseline.Mean, 2) + Math.Pow(current.ConfidenceInterval.Margin / current.Mean, 2));
}
