using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobAggregator.EndToEnd.Tests.Deployment;

/// <summary>The parts of a provisioned Grafana dashboard that the tests hold to the Host: each panel's data source and
/// PromQL queries, and the metric names those queries read.</summary>
internal sealed partial class GrafanaDashboard
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "config", "grafana", "dashboards", "jobaggregator.json");

    private GrafanaDashboard(string title, IReadOnlyList<GrafanaPanel> panels)
    {
        Title = title;
        Panels = panels;
    }

    public string Title { get; }
    public IReadOnlyList<GrafanaPanel> Panels { get; }

    /// <exception cref="InvalidDataException">A panel has no title, data source or query.</exception>
    public static GrafanaDashboard Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var panels = root.GetProperty("panels").EnumerateArray()
            .Where(panel => panel.GetProperty("type").GetString() != "row")
            .Select(panel =>
            {
                var title = panel.TryGetProperty("title", out var t) ? t.GetString() : null;
                if (string.IsNullOrWhiteSpace(title) || !panel.TryGetProperty("datasource", out var datasource) || !panel.TryGetProperty("targets", out var targets))
                {
                    throw new InvalidDataException($"{path}: panel {panel.GetProperty("id")} lacks a title, a datasource or targets");
                }

                return new GrafanaPanel(
                    title,
                    datasource.GetProperty("uid").GetString() ?? "",
                    targets.EnumerateArray().Select(target => target.GetProperty("expr").GetString() ?? "").ToList());
            })
            .ToList();
        return new GrafanaDashboard(root.GetProperty("title").GetString() ?? "", panels);
    }

    /// <summary>The metric names a PromQL expression reads: identifiers left once label matchers, ranges, grouping
    /// clauses and function calls are taken out.</summary>
    public static IEnumerable<string> MetricNames(string expr)
    {
        var bare = Grouping().Replace(Range().Replace(Matchers().Replace(expr, " "), " "), " ");
        return Identifier().Matches(bare)
            .Where(match => !match.Groups["call"].Success && !Keywords.Contains(match.Groups["name"].Value))
            .Select(match => match.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal);
    }

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset",
    };

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(by|without|on|ignoring)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.$])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifier();
}

internal sealed record GrafanaPanel(string Title, string DatasourceUid, IReadOnlyList<string> Queries);
