using System.Net;
using System.Text.RegularExpressions;
using JobAggregator.Api.Alerts;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Store;
using JobAggregator.Store.Alerts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Tests.Alerts;

/// <summary>The api role over real HTTP on loopback, with its store in a real SQLite file under
/// <paramref name="dataFolder"/>, mails going to the test SMTP server (or, with no port, to the data folder) and time
/// from <paramref name="clock"/>. Starting a second site on the same folder is a restart.</summary>
internal sealed partial class AlertSite : IAsyncDisposable
{
    private readonly WebApplication _web;

    private AlertSite(WebApplication web, HttpClient client)
    {
        _web = web;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _web.Services;

    public IAlertStore Alerts => Services.GetRequiredService<IAlertStore>();

    public static async Task<AlertSite> StartAsync(string dataFolder, TimeProvider clock, int? smtpPort, int formPermitLimit = 100)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(dataFolder, "store.db"),
            ["Alerts:PublicBaseUrl"] = "https://jobs.example.test",
            ["Alerts:FormPermitLimit"] = formPermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The test runs each pass itself; the schedule's first firing is an hour away.
            ["Alerts:CheckIntervalSeconds"] = "3600",
        };
        if (smtpPort is { } port)
        {
            settings["Alerts:Smtp:Host"] = "127.0.0.1";
            settings["Alerts:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Alerts:Smtp:Tls"] = "None";
            settings["Alerts:Smtp:TimeoutSeconds"] = "5";
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(new SourceCatalog("sources.yaml", []));
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddApi();
        var web = builder.Build();
        web.UseRateLimiter();
        web.UseAntiforgery();
        web.MapApi();
        await web.StartAsync(TestContext.Current.CancellationToken);

        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address),
        };
        return new AlertSite(web, client);
    }

    /// <summary>Stores an open posting first seen now by the site's clock.</summary>
    public Task AddPostingAsync(string key, string title, DateOnly? validThrough = null, string? description = null) =>
        Services.GetRequiredService<IPostingStore>().UpsertAsync(
            new PostingNormalized(
                "acme-careers",
                Guid.NewGuid(),
                Services.GetRequiredService<TimeProvider>().GetUtcNow(),
                key,
                title,
                new NormalizedOrganization("acme", "Acme Legal"),
                new NormalizedLocation("Austin, TX", "Austin", "TX", "US", false),
                "FULL_TIME",
                null,
                null,
                validThrough,
                description ?? "<p>Work with us.</p>",
                "Work with us.",
                $"https://acme.example.test/jobs/{key}",
                null,
                "json-ld",
                $"hash-{key}-{title}")
            {
                Categories = ["other"],
                Language = "en",
            },
            TestContext.Current.CancellationToken);

    /// <summary>One scheduled pass, run now.</summary>
    public Task RunAlertsAsync() => Services.GetRequiredService<AlertDigests>().RunAsync(TestContext.Current.CancellationToken);

    /// <summary>Posts the alert form as a browser does: the page's antiforgery token and cookie, then the fields.</summary>
    public async Task<HttpResponseMessage> SubscribeAsync(string email, string search = "", string frequency = "daily")
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await Client.GetStringAsync($"/alerts/new{search}", ct);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups["token"].Value,
            ["email"] = email,
            ["frequency"] = frequency,
        };
        foreach (Match hidden in HiddenField().Matches(page))
        {
            fields.TryAdd(WebUtility.HtmlDecode(hidden.Groups["name"].Value), WebUtility.HtmlDecode(hidden.Groups["value"].Value));
        }

        return await Client.PostAsync("/alerts", new FormUrlEncodedContent(fields), ct);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _web.StopAsync(CancellationToken.None);
        await _web.DisposeAsync();
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<token>[^"]+)"|value="(?<token>[^"]+)" name="__RequestVerificationToken""")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}
