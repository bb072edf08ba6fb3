using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Tests.Evaluation;

/// <summary>One labelled case of the corpus: a body as fetched, and what a careful person reads from it.</summary>
internal sealed partial record CorpusCase(string Name, string Kind, string BodyPath, JsonElement Label)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public Uri Url => new(Label.GetProperty("url").GetString()!);
    public string? ContentType => Label.GetProperty("contentType").GetString();
    public string? Strategy => Label.GetProperty("strategy").GetString();
    /// <summary>The label's <c>language</c>, else the HTML body's <c>lang</c> attribute, else "?" (a JSON or XML body
    /// whose label does not say).</summary>
    public string Language =>
        Label.TryGetProperty("language", out var language) && language.GetString() is { Length: > 0 } stated
            ? stated
            : HtmlLang().Match(File.ReadAllText(BodyPath)) is { Success: true } lang ? lang.Groups[1].Value.ToLowerInvariant() : "?";

    public IReadOnlyList<JsonElement> Postings => Label.GetProperty("postings").EnumerateArray().ToList();
    public (string Name, string Token)? HiringTool =>
        Label.TryGetProperty("hiringTool", out var tool) && tool.ValueKind == JsonValueKind.Object
            ? (tool.GetProperty("name").GetString()!, tool.GetProperty("token").GetString()!)
            : null;

    public static IReadOnlyList<CorpusCase> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.expected.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    [GeneratedRegex("""<html[^>]*\slang=["']?([a-zA-Z]{2,3})""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();

    private static CorpusCase Load(string labelPath)
    {
        var stem = labelPath[..^".expected.json".Length];
        var body = System.IO.Directory.EnumerateFiles(Path.GetDirectoryName(labelPath)!, Path.GetFileName(stem) + ".*")
            .Single(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        using var label = JsonDocument.Parse(File.ReadAllText(labelPath));
        return new CorpusCase(Path.GetFileName(stem), Path.GetFileName(Path.GetDirectoryName(labelPath))!, body, label.RootElement.Clone());
    }
}
