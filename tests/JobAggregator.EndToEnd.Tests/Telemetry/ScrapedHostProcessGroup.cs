namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>The test classes that share one <see cref="ScrapedHostProcessFixture"/>: one Host process, not one per class.</summary>
[CollectionDefinition(Name)]
public sealed class ScrapedHostProcessGroup : ICollectionFixture<ScrapedHostProcessFixture>
{
    public const string Name = "scraped Host process";
}
