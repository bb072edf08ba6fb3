namespace JobAggregator.EndToEnd.Tests;

/// <summary>The demo run on config/sources.sample.selectors.yaml: the same sample sites, every source read by its
/// hand-written rules instead of the automatic extraction.</summary>
public sealed class SelectorsDemoFixture : ScrapedDemoFixture
{
    protected override string[] Settings =>
        ["--Sources:Path", Path.Combine(AppContext.BaseDirectory, "sources.sample.selectors.yaml")];
}
