using JobAggregator.Host;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

public sealed class ConsoleLogFormatTests
{
    [Fact]
    public async Task An_unknown_console_log_format_stops_start_up_naming_the_key()
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-start-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(() => JobAggregatorApp.BuildAsync(
                ["--Logging:Console:FormatterName", "xml", "--SampleSites:Enabled", "false", "--Store:SqlitePath", Path.Combine(directory, "jobs.db")]));

            Assert.Contains("Logging:Console:FormatterName: 'xml'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
