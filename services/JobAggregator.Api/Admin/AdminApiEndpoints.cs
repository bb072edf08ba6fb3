using JobAggregator.Store.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Admin;

/// <summary><c>/api/admin</c>: every console action as JSON, for an operator's cookie or a script's API key.</summary>
internal static class AdminApiEndpoints
{
    private const int ActionsShown = 200;

    public static RouteGroupBuilder MapAdminApi(this RouteGroupBuilder api)
    {
        api.MapGet("/sources", SourcesAsync).WithName("AdminListSources");
        api.MapGet("/sources/{id}", SourceAsync).WithName("AdminGetSource");
        api.MapGet("/sources/{id}/runs", RunsAsync).WithName("AdminListRuns");
        api.MapPost("/sources/{id}/scrape", ScrapeAsync).WithName("AdminScrapeSource");
        api.MapPost("/sources/{id}/pause", PauseAsync).WithName("AdminPauseSource");
        api.MapPost("/sources/{id}/resume", ResumeAsync).WithName("AdminResumeSource");
        api.MapGet("/runs/{runId:guid}", RunAsync).WithName("AdminGetRun");
        api.MapGet("/actions", ActionsAsync).WithName("AdminListActions");
        api.MapGet("/queues", QueuesAsync).WithName("AdminListQueues");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<AdminSourceItem>>> SourcesAsync(ConsoleActions actions, CancellationToken ct) =>
        TypedResults.Ok(await actions.SourcesAsync(ct));

    private static async Task<Results<Ok<AdminSource>, ProblemHttpResult>> SourceAsync(string id, ConsoleActions actions, CancellationToken ct) =>
        await actions.SourceAsync(id, ct) is { } found ? TypedResults.Ok(new AdminSource(found.Source, found.Runs)) : NoSuchSource(id);

    private static async Task<Results<Ok<IReadOnlyList<RunRecord>>, ProblemHttpResult>> RunsAsync(string id, ConsoleActions actions, CancellationToken ct) =>
        await actions.SourceAsync(id, ct) is { } found ? TypedResults.Ok(found.Runs) : NoSuchSource(id);

    private static async Task<Results<Accepted<ScrapeAccepted>, ProblemHttpResult>> ScrapeAsync(
        string id, HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (await actions.ScrapeAsync(id, Operator(http), ct) is not { } runId)
        {
            return NoSuchSource(id);
        }

        var status = AdminPaths.ApiRun(runId);
        return TypedResults.Accepted(status, new ScrapeAccepted(id, runId, status));
    }

    private static async Task<Results<Ok<AdminSource>, ProblemHttpResult>> PauseAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct) =>
        await actions.PauseAsync(id, Operator(http), ct) && await actions.SourceAsync(id, ct) is { } found
            ? TypedResults.Ok(new AdminSource(found.Source, found.Runs))
            : NoSuchSource(id);

    private static async Task<Results<Ok<AdminSource>, ProblemHttpResult>> ResumeAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct) =>
        await actions.ResumeAsync(id, Operator(http), ct) && await actions.SourceAsync(id, ct) is { } found
            ? TypedResults.Ok(new AdminSource(found.Source, found.Runs))
            : NoSuchSource(id);

    private static async Task<Ok<RunState>> RunAsync(Guid runId, ConsoleActions actions, CancellationToken ct) =>
        TypedResults.Ok(RunState.Of(runId, await actions.RunAsync(runId, ct)));

    private static async Task<Ok<IReadOnlyList<OperatorAction>>> ActionsAsync(ConsoleActions actions, CancellationToken ct) =>
        TypedResults.Ok(await actions.ActionsAsync(ActionsShown, ct));

    private static async Task<Results<Ok<QueueList>, ProblemHttpResult>> QueuesAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService(typeof(IQueueMonitor)) is not IQueueMonitor monitor)
        {
            return TypedResults.Problem("This process runs no bus whose queues it could show.", statusCode: StatusCodes.Status404NotFound, title: "No queues");
        }

        try
        {
            return TypedResults.Ok(new QueueList(monitor.Source, await monitor.GetQueuesAsync(ct)));
        }
        catch (HttpRequestException e)
        {
            return TypedResults.Problem($"{monitor.Source} did not answer: {e.Message}", statusCode: StatusCodes.Status502BadGateway, title: "Queues unavailable");
        }
    }

    /// <summary>Who is acting: the signed-in operator's name, or the API key's.</summary>
    internal static string Operator(HttpContext http) => http.User.Identity?.Name ?? "unknown";

    private static ProblemHttpResult NoSuchSource(string id) =>
        TypedResults.Problem($"There is no source '{id}' in the sources file.", statusCode: StatusCodes.Status404NotFound, title: "No such source");
}
