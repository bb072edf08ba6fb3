using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Admin;

/// <summary><c>/api/admin/failed-messages</c>: the <c>_error</c> queues' messages as JSON; every replay and deletion is
/// recorded.</summary>
internal static class FailedMessageEndpoints
{
    public static RouteGroupBuilder MapFailedMessages(this RouteGroupBuilder api)
    {
        api.MapGet("/failed-messages", ListAsync).WithName("AdminListFailedMessages");
        api.MapPost("/failed-messages/replay", ReplayAllAsync).WithName("AdminReplayAllFailedMessages");
        api.MapPost("/failed-messages/{id}/replay", ReplayAsync).WithName("AdminReplayFailedMessage");
        api.MapDelete("/failed-messages/{id}", DeleteAsync).WithName("AdminDeleteFailedMessage");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<FailedMessage>>, ProblemHttpResult>> ListAsync(IServiceProvider services, CancellationToken ct) =>
        Messages(services) is { } messages ? TypedResults.Ok(await messages.ListAsync(ct)) : NoBus();

    private static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayAsync(
        string id, HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (Messages(http.RequestServices) is not { } messages)
        {
            return NoBus();
        }

        if (!await messages.ReplayAsync(id, ct))
        {
            return NoSuchMessage(id);
        }

        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "replay", id, null, ct);
        return TypedResults.Ok(new ReplayResult(1));
    }

    private static async Task<Results<Ok<ReplayResult>, ProblemHttpResult>> ReplayAllAsync(HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (Messages(http.RequestServices) is not { } messages)
        {
            return NoBus();
        }

        var replayed = await messages.ReplayAllAsync(ct);
        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "replay-all", "", $"{replayed} messages", ct);
        return TypedResults.Ok(new ReplayResult(replayed));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (Messages(http.RequestServices) is not { } messages)
        {
            return NoBus();
        }

        if (!await messages.DeleteAsync(id, ct))
        {
            return NoSuchMessage(id);
        }

        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "delete-failed-message", id, null, ct);
        return TypedResults.NoContent();
    }

    internal static IFailedMessages? Messages(IServiceProvider services) => services.GetService(typeof(IFailedMessages)) as IFailedMessages;

    private static ProblemHttpResult NoBus() =>
        TypedResults.Problem("This process runs no bus whose failed messages it could show.", statusCode: StatusCodes.Status404NotFound, title: "No failed messages");

    private static ProblemHttpResult NoSuchMessage(string id) =>
        TypedResults.Problem($"There is no failed message '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "No such failed message");
}
