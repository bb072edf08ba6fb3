using System.Text.Json;

namespace JobAggregator.Benchmarks;

/// <summary>The corpus pages of one kind, loaded once: bodies with the URL and content type they were fetched with.</summary>
public sealed class CorpusKind(string name, IReadOnlyList<(Uri Url, byte[] Body, string? ContentType)> pages)
{
    public string Name { get; } = name;
    public IReadOnlyList<(Uri Url, byte[] Body, string? ContentType)> Pages { get; } = pages;

    public override string ToString() => Name;

    /// <summary>Every kind, or only those named in JOBAGGREGATOR_BENCH_KINDS (comma-separated) for a quicker run.</summary>
    public static IEnumerable<CorpusKind> Load()
    {
        var only = Environment.GetEnvironmentVariable("JOBAGGREGATOR_BENCH_KINDS")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return LoadAll().Where(kind => only is null || only.Contains(kind.Name, StringComparer.Ordinal));
    }

    /// <summary>Every kind, whatever JOBAGGREGATOR_BENCH_KINDS names: the responses a page's own requests are answered
    /// from (<see cref="CorpusResponseFetcher"/>).</summary>
    public static IEnumerable<CorpusKind> LoadAll() =>
        Directory.EnumerateFiles(FindCorpus(), "*.expected.json", SearchOption.AllDirectories)
            .GroupBy(path => Path.GetFileName(Path.GetDirectoryName(path))!)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new CorpusKind(group.Key, group.Order(StringComparer.Ordinal).Select(Page).ToList()));

    private static (Uri, byte[], string?) Page(string labelPath)
    {
        using var label = JsonDocument.Parse(File.ReadAllText(labelPath));
        var stem = Path.GetFileName(labelPath)[..^".expected.json".Length];
        var body = Directory.EnumerateFiles(Path.GetDirectoryName(labelPath)!, stem + ".*").Single(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        return (new Uri(label.RootElement.GetProperty("url").GetString()!), File.ReadAllBytes(body), label.RootElement.GetProperty("contentType").GetString());
    }

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "tests", "JobAggregator.Scraper.Tests", "Corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("tests/JobAggregator.Scraper.Tests/Corpus was not found above " + AppContext.BaseDirectory);
    }
}
