using System.Net;
using JobAggregator.Host;
using JobAggregator.Host.Roles;
using JobAggregator.Sources;
using JobAggregator.Store;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.EndToEnd.Tests;

public sealed class HostStartupTests
{
    [Fact]
    public async Task A_bad_sources_file_stops_start_up_naming_the_file_the_entry_and_the_field()
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-start-").FullName;
        var sources = Path.Combine(directory, "bad-sources.yaml");
        await File.WriteAllTextAsync(sources, """
            sources:
              - id: fine
                organization: Fine Org
                url: http://127.0.0.1:9/jobs/
                strategy: jsonld
              - id: broken
                organization: Broken Org
                url: http://127.0.0.1:9/jobs/
                schedule: "every tuesday"
            """, TestContext.Current.CancellationToken);

        try
        {
            var error = await Assert.ThrowsAsync<SourcesFileException>(() => JobAggregatorApp.BuildAsync(
                ["--Sources:Path", sources, "--SampleSites:Enabled", "false", "--Store:SqlitePath", Path.Combine(directory, "jobs.db")]));

            Assert.Contains("bad-sources.yaml:9:", error.Message, StringComparison.Ordinal);
            Assert.Contains("source 'broken'", error.Message, StringComparison.Ordinal);
            Assert.Contains("field 'schedule'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("InMemory")]
    [InlineData("RabbitMq")]
    public async Task The_bus_reports_no_usage_to_masstransit_s_makers(string transport)
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-start-").FullName;
        try
        {
            var app = await JobAggregatorApp.BuildAsync(
                ["--Transport", transport, "--SampleSites:Enabled", "false", "--SampleSites:BaseUrl", "http://127.0.0.1:9", "--Store:SqlitePath", Path.Combine(directory, "jobs.db")]);
            await using var web = app.Web;

            Assert.False(web.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Readiness_answers_503_while_the_store_s_writes_fail_and_200_once_one_succeeds()
    {
        await using var demo = await RunningDemo.StartAsync("--Scheduler:ScrapeOnStart", "false");
        var writes = demo.Services.GetRequiredService<StoreWriteHealth>();
        var ct = TestContext.Current.CancellationToken;

        using var before = await demo.Api.GetAsync("/health/ready", ct);
        writes.Failed(new SqliteException("attempt to write a readonly database", 8));
        using var failing = await demo.Api.GetAsync("/health/ready", ct);
        using var live = await demo.Api.GetAsync("/health/live", ct);
        writes.Succeeded();
        using var after = await demo.Api.GetAsync("/health/ready", ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_prints_the_usage_and_starts_nothing(string flag)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await HostProgram.RunAsync([flag, "--Urls", "http://127.0.0.1:1"], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.StartsWith("usage: JobAggregator", stdout.ToString(), StringComparison.Ordinal);
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public async Task A_port_already_in_use_is_a_one_line_error_and_exit_2()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var directory = Directory.CreateTempSubdirectory("jobaggregator-start-").FullName;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            var exit = await HostProgram.RunAsync(
                ["--Urls", $"http://127.0.0.1:{port}", "--SampleSites:Enabled", "false", "--SampleSites:BaseUrl", "http://127.0.0.1:9",
                    "--Scheduler:ScrapeOnStart", "false", "--Store:SqlitePath", Path.Combine(directory, "jobs.db")],
                stdout, stderr);

            Assert.Equal(2, exit);
            var error = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("JobAggregator cannot start: ", error, StringComparison.Ordinal);
            Assert.Contains($"127.0.0.1:{port}", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, "All")]
    [InlineData("all", "All")]
    [InlineData("scraper, normalizer", "Scraper, Normalizer")]
    [InlineData("API", "Api")]
    public void Parses_roles(string? value, string expected) => Assert.Equal(expected, HostRoles.Parse(value).ToString());

    [Theory]
    [InlineData("scrapper")]
    [InlineData("8")]
    [InlineData("none")]
    public void Rejects_unknown_roles_naming_them(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => HostRoles.Parse(value));

        Assert.Contains($"'{value}' is not a role", error.Message, StringComparison.Ordinal);
    }
}
