using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.SourceAlerts;
using JobAggregator.Api.Tests.Alerts;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Store;
using JobAggregator.Store.SourceAlerts;
using JobAggregator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace JobAggregator.Api.Tests.SourceAlerts;

/// <summary>A source's trouble told once to operators (mail and webhook) and to the member's contact, and its recovery
/// once, through a real SMTP server and a real webhook listener in the test process and a real SQLite file; runs are
/// recorded in the store as the store role records them, and each pass is run by the test.</summary>
public sealed class SourceAlertMailTests : IAsyncDisposable
{
    private const string Operator = "ops@network.example";
    private const string Member = "jobs@ipf.example";

    private static readonly SourceDefinition Florida = new(
        "ipf", "Innocence Project of Florida", new Uri("https://ipf.example/jobs"), SourceDefinition.DefaultSchedule,
        ExtractionStrategy.Auto, null, null, "US", false)
    {
        Contact = Member,
    };

    private static readonly SourceDefinition Muted = new(
        "muted", "Muted Project", new Uri("https://muted.example/careers"), SourceDefinition.DefaultSchedule,
        ExtractionStrategy.Auto, null, null, "US", false)
    {
        Contact = "hr@muted.example",
        MuteAlertsUntil = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private readonly TemporaryFolder _folder = new();
    private readonly TestSmtpServer _smtp = new();
    private readonly WebhookReceiver _webhook = new();
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
    private WebApplication? _web;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_failures_tell_the_operator_and_the_member_once_and_a_success_tells_them_once_it_recovered()
    {
        await StartAsync();
        await SucceedAsync(Florida, 12);
        await FailAsync(Florida);
        await FailAsync(Florida);
        await PassAsync();
        Assert.Empty(_smtp.Received);

        await FailAsync(Florida);
        await PassAsync();
        await PassAsync();

        Assert.Equal(2, _smtp.Received.Count);
        var toOperator = Assert.Single(_smtp.Received, m => To(m) == Operator);
        var toMember = Assert.Single(_smtp.Received, m => To(m) == Member);
        Assert.Equal("[JobAggregator] ipf: 3 failed runs in a row", toOperator.Subject);
        Assert.Equal("We cannot read your careers page (Innocence Project of Florida)", toMember.Subject);
        Assert.Contains("We have not been able to read it since 2 March 2026 at 08:02 UTC: the last 3 attempts failed.", toMember.TextBody, StringComparison.Ordinal);
        Assert.Contains("What we saw: HTTP 503 Service Unavailable", toMember.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://jobs.example.test/check?url=https%3A%2F%2Fipf.example%2Fjobs", toMember.TextBody, StringComparison.Ordinal);
        var hook = Assert.Single(_webhook.Received);
        Assert.StartsWith("[JobAggregator] ipf: 3 failed runs in a row\n", hook.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("raised", hook.GetProperty("status").GetString());
        Assert.Equal("failing", hook.GetProperty("kind").GetString());

        await SucceedAsync(Florida, 11);
        await PassAsync();
        await PassAsync();

        Assert.Equal(4, _smtp.Received.Count);
        var recovered = _smtp.Received.Skip(2).ToList();
        Assert.Equal("[JobAggregator] ipf: recovered", Assert.Single(recovered, m => To(m) == Operator).Subject);
        var memberRecovered = Assert.Single(recovered, m => To(m) == Member);
        Assert.Equal("Your careers page reads normally again (Innocence Project of Florida)", memberRecovered.Subject);
        Assert.Contains("found 11 openings on it", memberRecovered.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, _webhook.Received.Count);
        Assert.Equal("recovered", _webhook.Received[1].GetProperty("status").GetString());

        foreach (var mail in _smtp.Received)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"To: {To(mail)}\nSubject: {mail.Subject}\n\n{mail.TextBody}\n----");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Webhook body: {_webhook.Received[0]}");
    }

    [Fact]
    public async Task A_muted_source_sends_nothing()
    {
        await StartAsync();
        await SucceedAsync(Muted, 4);
        for (var run = 0; run < 4; run++)
        {
            await FailAsync(Muted);
        }

        await PassAsync();

        Assert.Empty(_smtp.Received);
        Assert.Empty(_webhook.Received);
    }

    [Fact]
    public async Task A_source_muted_through_the_store_sends_nothing_until_the_mute_ends()
    {
        await StartAsync();
        await _web!.Services.GetRequiredService<SourceAlertMutes>().MuteAsync(Florida.Id, _clock.Now.AddDays(1), Ct);
        await SucceedAsync(Florida, 3);
        for (var run = 0; run < 3; run++)
        {
            await FailAsync(Florida);
        }

        await PassAsync();
        Assert.Empty(_smtp.Received);

        _clock.Advance(TimeSpan.FromDays(2));
        await PassAsync();
        Assert.Equal(2, _smtp.Received.Count);
    }

    [Fact]
    public async Task A_source_that_goes_empty_after_finding_postings_is_told_once_with_the_preview_explanation()
    {
        await StartAsync();
        await SucceedAsync(Florida, 5);
        await SucceedAsync(Florida, 0, "The page is an empty shell that JavaScript fills; nothing to read without a browser.");
        await PassAsync();
        await SucceedAsync(Florida, 0);
        await PassAsync();

        Assert.Equal(2, _smtp.Received.Count);
        var toMember = Assert.Single(_smtp.Received, m => To(m) == Member);
        Assert.Equal("We found no openings on your careers page (Innocence Project of Florida)", toMember.Subject);
        Assert.Contains("where we found 5 openings before", toMember.TextBody, StringComparison.Ordinal);
        Assert.Contains("What we saw: The page is an empty shell that JavaScript fills", toMember.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sharp_drop_is_told_as_a_partial_drop()
    {
        await StartAsync();
        await SucceedAsync(Florida, 40);
        await SucceedAsync(Florida, 4);
        await PassAsync();

        Assert.Equal(
            "[JobAggregator] ipf: partial drop: 4 postings found where 40 were before; none closed",
            Assert.Single(_smtp.Received, m => To(m) == Operator).Subject);
        Assert.Contains("we have kept the others listed for now", Assert.Single(_smtp.Received, m => To(m) == Member).TextBody, StringComparison.Ordinal);
        var address = _web!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        var sources = await client.GetFromJsonAsync<JsonElement[]>("/api/sources", Ct);
        Assert.True(sources!.Single(s => s.GetProperty("id").GetString() == Florida.Id).GetProperty("partialDrop").GetBoolean());
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync(CancellationToken.None);
            await _web.DisposeAsync();
        }

        await _webhook.DisposeAsync();
        await _smtp.DisposeAsync();
        _folder.Dispose();
    }

    private async Task StartAsync()
    {
        await _smtp.StartAsync();
        await _webhook.StartAsync();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_folder.Path, "store.db"),
            ["Alerts:PublicBaseUrl"] = "https://jobs.example.test",
            ["Alerts:CheckIntervalSeconds"] = "3600",
            ["Alerts:Smtp:Host"] = "127.0.0.1",
            ["Alerts:Smtp:Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Alerts:Smtp:Tls"] = "None",
            ["Alerts:Smtp:TimeoutSeconds"] = "5",
            ["SourceAlerts:OperatorEmails:0"] = Operator,
            ["SourceAlerts:WebhookUrl"] = _webhook.Url,
            // The test runs each pass itself; the schedule's first firing is an hour away.
            ["SourceAlerts:CheckIntervalSeconds"] = "3600",
        });
        builder.Services.AddSingleton<TimeProvider>(_clock);
        builder.Services.AddSingleton(new SourceCatalog("sources.yaml", [Florida, Muted]));
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddApi();
        _web = builder.Build();
        _web.MapApi();
        await _web.StartAsync(Ct);
    }

    private Task PassAsync() => _web!.Services.GetRequiredService<SourceAlertChecks>().RunAsync(Ct);

    private async Task SucceedAsync(SourceDefinition source, int found, string? explanation = null)
    {
        _clock.Advance(TimeSpan.FromHours(1));
        var started = _clock.Now;
        await Store.CompleteRunAsync(
            new ScrapeCompleted(
                source.Id, Guid.NewGuid(), started, started.AddMinutes(2),
                [.. Enumerable.Range(1, found).Select(i => $"{source.Id}-{i}")], 1, false, "json-ld")
            {
                ListedByApiOrFeed = true,
                NoPostingsReason = explanation is null ? null : "javascript-app-shell",
                Explanation = explanation,
            },
            Ct);
    }

    private async Task FailAsync(SourceDefinition source)
    {
        _clock.Advance(TimeSpan.FromHours(1));
        var started = _clock.Now;
        await Store.FailRunAsync(
            new ScrapeFailed(source.Id, Guid.NewGuid(), started, started.AddSeconds(30), "HTTP 503 Service Unavailable", 503, source.Url.AbsoluteUri),
            Ct);
    }

    private IPostingStore Store => _web!.Services.GetRequiredService<IPostingStore>();

    private static string To(MimeMessage mail) => mail.To.Mailboxes.Single().Address;
}
