using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>Logging:Console:FormatterName=json, as containers set it: one JSON object a line, the scrape run in scope.</summary>
[Collection(ScrapedHostProcessGroup.Name)]
public sealed class JsonConsoleLogTests(ScrapedHostProcessFixture fixture)
{
    [Fact]
    public void Every_line_is_a_json_object_and_a_runs_lines_carry_its_scrape_run_id_in_scope()
    {
        var lines = fixture.Host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = lines.Select(line =>
        {
            try
            {
                return JsonDocument.Parse(line).RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new Xunit.Sdk.XunitException($"a console line is not JSON ({e.Message}): {line}");
            }
        }).ToList();

        var scraped = entries
            .Where(entry => entry.GetProperty("Category").GetString()!.EndsWith(".ScrapeRequestedConsumer", StringComparison.Ordinal)
                && entry.GetProperty("State").TryGetProperty("ScrapeRunId", out _))
            .ToList();
        Assert.NotEmpty(scraped);
        Assert.All(scraped, entry =>
        {
            var runId = entry.GetProperty("State").GetProperty("ScrapeRunId").GetString();
            Assert.Contains(
                entry.GetProperty("Scopes").EnumerateArray(),
                scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("ScrapeRunId", out var scoped) && scoped.GetString() == runId);
        });
    }
}
