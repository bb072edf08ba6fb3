namespace JobAggregator.EndToEnd.Tests;

/// <summary>The seed openings as the demo serves them from its bundled sources file: every sample source on
/// <c>strategy: auto</c> without selectors, except Ohio's, the example of configured rules.</summary>
public sealed class SeedPostingsOnAutoTests(ScrapedDemoFixture fixture) : SeedPostingsTests(fixture), IClassFixture<ScrapedDemoFixture>
{
    protected override IReadOnlyDictionary<string, string> Extractors { get; } = new Dictionary<string, string>
    {
        ["innocence-network"] = "heuristic",
        ["georgia-innocence-project"] = "heuristic",
        ["innocence-project"] = "json-ld",
        ["ohio-public-defender"] = "css",
        ["innocence-project-of-florida"] = "heuristic",
    };
}
