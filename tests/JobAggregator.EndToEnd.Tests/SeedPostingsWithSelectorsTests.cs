namespace JobAggregator.EndToEnd.Tests;

/// <summary>The seed openings as the demo serves them when every sample source is read by hand-written selectors
/// (config/sources.sample.selectors.yaml): the same feed as on auto.</summary>
public sealed class SeedPostingsWithSelectorsTests(SelectorsDemoFixture fixture) : SeedPostingsTests(fixture), IClassFixture<SelectorsDemoFixture>
{
    protected override IReadOnlyDictionary<string, string> Extractors { get; } = new Dictionary<string, string>
    {
        ["innocence-network"] = "css",
        ["georgia-innocence-project"] = "css",
        ["innocence-project"] = "css",
        ["ohio-public-defender"] = "css",
        ["innocence-project-of-florida"] = "css",
    };
}
