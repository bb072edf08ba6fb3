using System.Net;
using System.Text.RegularExpressions;
using JobAggregator.Api.Admin;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Tests.Admin;

/// <summary>The api role with one operator ("ada", password <see cref="Password"/>) and one API key, over real HTTP, and
/// a client that keeps cookies and does not follow redirects, as a browser's first request would show them.</summary>
internal sealed partial class ConsoleSite : IAsyncDisposable
{
    public const string Operator = "ada";
    public const string Password = "correct horse battery staple";
    public const string ApiKey = "0123456789abcdef0123456789abcdef-script";
    public const int MaxFailedSignIns = 3;

    private ConsoleSite(ApiServer server, CapturedLogs logs)
    {
        Server = server;
        Logs = logs;
        Browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = server.Client.BaseAddress,
        };
    }

    public ApiServer Server { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Browser { get; }

    /// <param name="services">More services, after the api role's own (a source catalog).</param>
    public static async Task<ConsoleSite> StartAsync(bool withOperators = true, Action<IServiceCollection>? services = null)
    {
        var logs = new CapturedLogs();
        var settings = withOperators
            ? new Dictionary<string, string?>
            {
                ["Admin:Operators:0:Name"] = Operator,
                ["Admin:Operators:0:PasswordHash"] = OperatorPasswords.Hash(Password),
                ["Admin:ApiKeys:0:Name"] = "nightly-script",
                ["Admin:ApiKeys:0:Key"] = ApiKey,
                ["Admin:MaxFailedSignIns"] = MaxFailedSignIns.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }
            : new Dictionary<string, string?>();
        var server = await ApiServer.StartAsync(settings, more =>
        {
            more.AddLogging(logging => logging.AddProvider(logs));
            services?.Invoke(more);
        });
        return new ConsoleSite(server, logs);
    }

    /// <summary>Posts the sign-in form as the page gives it, with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string name, string password, CancellationToken ct)
    {
        var page = await Browser.GetStringAsync("/admin/sign-in", ct);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups["token"].Value,
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/admin",
        });
        return await Browser.PostAsync("/admin/sign-in", form, ct);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await Server.DisposeAsync();
    }

    [GeneratedRegex("""name="__RequestVerificationToken" value="(?<token>[^"]+)"|value="(?<token>[^"]+)" name="__RequestVerificationToken""")]
    private static partial Regex AntiforgeryField();
}
