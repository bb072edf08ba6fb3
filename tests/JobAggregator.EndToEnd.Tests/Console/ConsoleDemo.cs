using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Admin;

namespace JobAggregator.EndToEnd.Tests.Console;

/// <summary>The running demo with the console on: one operator (<see cref="Operator"/>, <see cref="Password"/>) and one
/// script's API key, and a client that sends the key.</summary>
internal static class ConsoleDemo
{
    public const string Operator = "ada";
    public const string Password = "correct horse battery staple";
    public const string ScriptName = "test-script";
    public const string ApiKey = "0123456789abcdef0123456789abcdef-e2e";

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task<RunningDemo> StartAsync(params string[] settings) =>
        await RunningDemo.StartAsync(
        [
            "--Admin:Operators:0:Name", Operator,
            "--Admin:Operators:0:PasswordHash", OperatorPasswords.Hash(Password),
            "--Admin:ApiKeys:0:Name", ScriptName,
            "--Admin:ApiKeys:0:Key", ApiKey,
            .. settings,
        ]);

    public static async Task<HttpResponseMessage> SendAsync(this RunningDemo demo, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add(OperatorSchemes.ApiKeyHeader, ApiKey);
        return await demo.Api.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> AdminJsonAsync(this RunningDemo demo, HttpMethod method, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await demo.SendAsync(method, path);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{method} {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Waits until the store has recorded the run's end.</summary>
    public static async Task<JsonElement> WaitForRunAsync(this RunningDemo demo, Guid runId)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var state = await demo.AdminJsonAsync(HttpMethod.Get, $"/api/admin/runs/{runId:D}");
            if (state.GetProperty("state").GetString() != "pending")
            {
                return state;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Run {runId} was not recorded within {Patience}: {state}\n{await demo.DescribeBusAsync()}");
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until the stored posting satisfies <paramref name="until"/>: a run's end and its changed postings
    /// travel on different queues, so the posting may be stored a moment after the run is recorded.</summary>
    public static async Task<JsonElement> WaitForJobAsync(this RunningDemo demo, string id, Func<JsonElement, bool> until)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var job = await demo.AdminJobAsync(id);
            if (until(job))
            {
                return job;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                return job;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public static async Task<JsonElement> AdminJobAsync(this RunningDemo demo, string id) =>
        await demo.Api.GetFromJsonAsync<JsonElement>($"/api/jobs/{Uri.EscapeDataString(id)}", TestContext.Current.CancellationToken);
}
