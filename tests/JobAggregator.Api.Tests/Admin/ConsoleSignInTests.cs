using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Admin;

/// <summary>Who may reach the console and <c>/api/admin</c>, over real HTTP: operators by password (with antiforgery,
/// and a throttle on wrong ones), scripts by an API key in a header; nobody else, on any of its endpoints.</summary>
public sealed class ConsoleSignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_admin_endpoint_refuses_a_request_without_credentials_the_api_with_401_and_the_pages_with_the_sign_in_form()
    {
        await using var site = await ConsoleSite.StartAsync();
        var endpoints = AdminEndpoints(site.Server.Services);

        // Enough to show the enumeration found them: the JSON actions and the pages, whatever is added later.
        Assert.True(endpoints.Count(e => e.Path.StartsWith("/api/admin", StringComparison.Ordinal)) >= 8, string.Join(", ", endpoints));
        Assert.True(endpoints.Count(e => e.Path.StartsWith("/admin/", StringComparison.Ordinal) || e.Path == "/admin") >= 7, string.Join(", ", endpoints));
        var wrong = new List<string>();
        foreach (var (method, path) in endpoints)
        {
            foreach (var (name, value) in new[] { ("none", null), ("wrong key", "not-the-key-but-just-as-long-as-a-key-is") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (value is not null)
                {
                    request.Headers.Add(OperatorSchemes.ApiKeyHeader, value);
                }

                using var response = await site.Browser.SendAsync(request, Ct);
                var refused = path.StartsWith("/api/admin", StringComparison.Ordinal) || value is not null
                    ? response.StatusCode == HttpStatusCode.Unauthorized
                    : response.StatusCode == HttpStatusCode.Redirect
                        && response.Headers.Location is { } location
                        && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith("/admin/sign-in?returnUrl=", StringComparison.Ordinal);
                if (!refused)
                {
                    wrong.Add($"{method} {path} with {name}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public async Task A_script_with_the_api_key_in_the_header_is_let_in_and_the_same_key_in_the_address_is_not()
    {
        await using var site = await ConsoleSite.StartAsync();

        using var inQuery = await site.Browser.GetAsync($"/api/admin/sources?apiKey={ConsoleSite.ApiKey}&X-Api-Key={ConsoleSite.ApiKey}", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/sources");
        request.Headers.Add(OperatorSchemes.ApiKeyHeader, ConsoleSite.ApiKey);
        using var inHeader = await site.Browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, inQuery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inHeader.StatusCode);
        Assert.Equal(JsonValueKind.Array, (await inHeader.Content.ReadFromJsonAsync<JsonElement>(Ct)).ValueKind);
    }

    [Fact]
    public async Task Muting_a_source_s_alerts_is_an_operator_action_that_names_an_unknown_source()
    {
        await using var site = await ConsoleSite.StartAsync();

        using var anonymous = await site.Browser.PostAsync("/api/admin/sources/no-such-source/mute-alerts", null, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/sources/no-such-source/mute-alerts?until=2099-01-01T00:00:00Z");
        request.Headers.Add(OperatorSchemes.ApiKeyHeader, ConsoleSite.ApiKey);
        using var signedIn = await site.Browser.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signedIn.StatusCode);
    }

    [Fact]
    public async Task An_operator_signs_in_with_the_right_password_and_sees_the_console_and_the_sign_in_in_the_audit()
    {
        await using var site = await ConsoleSite.StartAsync();

        using var signIn = await site.SignInAsync(ConsoleSite.Operator, ConsoleSite.Password, Ct);
        using var console = await site.Browser.GetAsync("/admin", Ct);
        using var actions = await site.Browser.GetAsync("/api/admin/actions", Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("Signed in as <strong>ada</strong>", await console.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var action = Assert.Single((await actions.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray());
        Assert.Equal("ada", action.GetProperty("operator").GetString());
        Assert.Equal("sign-in", action.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Wrong_passwords_are_refused_logged_without_the_password_and_after_the_limit_even_the_right_one_must_wait()
    {
        await using var site = await ConsoleSite.StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < ConsoleSite.MaxFailedSignIns; attempt++)
        {
            using var wrong = await site.SignInAsync(ConsoleSite.Operator, $"guess-number-{attempt}", Ct);
            statuses.Add(wrong.StatusCode);
            Assert.Contains("The name or the password is wrong.", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var throttled = await site.SignInAsync(ConsoleSite.Operator, ConsoleSite.Password, Ct);
        using var console = await site.Browser.GetAsync("/admin", Ct);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
        var warnings = site.Logs.Lines.Where(l => l.Contains("Wrong sign-in", StringComparison.Ordinal)).ToList();
        Assert.Equal(ConsoleSite.MaxFailedSignIns, warnings.Count);
        Assert.All(warnings, line => Assert.Contains("as ada from", line, StringComparison.Ordinal));
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains("guess-number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sign_in_posted_without_the_antiforgery_token_is_refused()
    {
        await using var site = await ConsoleSite.StartAsync();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = ConsoleSite.Operator, ["password"] = ConsoleSite.Password });
        using var response = await site.Browser.PostAsync("/admin/sign-in", form, Ct);
        using var console = await site.Browser.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, console.StatusCode);
    }

    [Fact]
    public async Task A_console_form_posted_without_the_antiforgery_token_by_a_signed_in_operator_is_refused()
    {
        await using var site = await ConsoleSite.StartAsync();
        using var signIn = await site.SignInAsync(ConsoleSite.Operator, ConsoleSite.Password, Ct);

        using var response = await site.Browser.PostAsync("/admin/sign-out", new FormUrlEncodedContent([]), Ct);
        using var console = await site.Browser.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
    }

    [Fact]
    public async Task With_no_operator_and_no_api_key_the_console_is_off_and_answers_404()
    {
        await using var site = await ConsoleSite.StartAsync(withOperators: false);

        using var page = await site.Browser.GetAsync("/admin", Ct);
        using var signIn = await site.Browser.GetAsync("/admin/sign-in", Ct);
        using var api = await site.Browser.GetAsync("/api/admin/sources", Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public void A_made_hash_checks_its_password_only_and_a_bad_configuration_is_named_by_its_keys()
    {
        var hash = OperatorPasswords.Hash("s3cret words");
        OperatorAccount[] operators = [new() { Name = "ada", PasswordHash = hash }];

        Assert.NotNull(OperatorPasswords.Check(operators, "ada", "s3cret words"));
        Assert.Null(OperatorPasswords.Check(operators, "ada", "s3cret word"));
        Assert.Null(OperatorPasswords.Check(operators, "bob", "s3cret words"));
        var result = new AdminOptionsValidator().Validate(null, new AdminOptions
        {
            Operators = [new() { Name = "ada", PasswordHash = "s3cret words" }],
            ApiKeys = [new() { Name = "script", Key = "short" }],
        });
        Assert.True(result.Failed);
        Assert.Contains("Admin:Operators:0:PasswordHash", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Admin:ApiKeys:0:Key", result.FailureMessage, StringComparison.Ordinal);
    }

    /// <summary>Every route under /admin and /api/admin with each of its methods, as the app maps them, with its route
    /// values filled; sign-in alone is open.</summary>
    private static List<(string Method, string Path)> AdminEndpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/admin", StringComparison.Ordinal) || raw.StartsWith("/api/admin", StringComparison.Ordinal)))
            .Where(e => e.RoutePattern.RawText != "/admin/sign-in")
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, Fill(e.RoutePattern.RawText!))))
            .ToList();

    private static string Fill(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "{(?<name>[^}:]+)(:[^}]+)?}", match =>
            match.Groups["name"].Value == "runId" ? Guid.NewGuid().ToString("D") : "some-source").TrimEnd('/');
}
