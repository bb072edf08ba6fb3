using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

/// <summary>The console's pages, rendered on the server without script: sign-in, the sources, one source with its runs,
/// and a requested run. Every form carries an antiforgery token; each action answers with a redirect (post, redirect,
/// get), so a reload never repeats it.</summary>
internal static class ConsolePageEndpoints
{
    private const int ActionsShown = 30;
    private const int LoggedNameLength = 100;

    public static IEndpointRouteBuilder MapConsolePages(this IEndpointRouteBuilder endpoints, RouteGroupBuilder signedIn)
    {
        endpoints.MapGet(AdminPaths.SignIn, SignInForm).ExcludeFromDescription();
        endpoints.MapPost(AdminPaths.SignIn, SignInAsync).ExcludeFromDescription();

        signedIn.MapGet("", ConsoleAsync);
        signedIn.MapGet("/sources/{id}", SourceAsync);
        signedIn.MapGet("/runs/{runId:guid}", RunAsync);
        var forms = signedIn.MapGroup("").AddEndpointFilter<AntiforgeryCheck>();
        forms.MapPost("/sign-out", SignOutAsync);
        forms.MapPost("/sources/{id}/scrape", ScrapeAsync);
        forms.MapPost("/sources/{id}/pause", PauseAsync);
        forms.MapPost("/sources/{id}/resume", ResumeAsync);
        signedIn.MapGet("/failed-messages/{id}/delete", ConfirmDeleteAsync);
        forms.MapPost("/failed-messages/{id}/delete", DeleteAsync);
        forms.MapPost("/failed-messages/{id}/replay", ReplayAsync);
        forms.MapPost("/failed-messages/replay", ReplayAllAsync);
        return endpoints;
    }

    private static RazorComponentResult<SignInPage> SignInForm(string? returnUrl) =>
        new(new { ReturnUrl = ConsoleAddress(returnUrl) });

    private static async Task<IResult> SignInAsync(
        [FromForm] SignInForm form,
        HttpContext http,
        IOptions<AdminOptions> options,
        SignInThrottle throttle,
        ConsoleActions actions,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var address = http.Connection.RemoteIpAddress;
        var name = form.Name?.Trim() ?? "";
        if (throttle.WaitFor(address) is { } wait)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return new RazorComponentResult<SignInPage>(new
            {
                Error = $"Too many wrong sign-ins from your address: try again in {Math.Ceiling(wait.TotalMinutes)} minutes.",
                Name = name,
                ReturnUrl = ConsoleAddress(form.ReturnUrl),
            })
            { StatusCode = StatusCodes.Status429TooManyRequests };
        }

        var account = OperatorPasswords.Check(options.Value.Operators, name, form.Password);
        if (account is null)
        {
            throttle.Failed(address);
            loggers.CreateLogger(typeof(ConsolePageEndpoints)).LogWarning(
                "Wrong sign-in to the console as {Operator} from {RemoteAddress}", name[..Math.Min(name.Length, LoggedNameLength)], address);
            return new RazorComponentResult<SignInPage>(new { Error = "The name or the password is wrong.", Name = name, ReturnUrl = ConsoleAddress(form.ReturnUrl) })
            {
                StatusCode = StatusCodes.Status401Unauthorized,
            };
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim("auth", "password")], OperatorSchemes.Cookie);
        await http.SignInAsync(OperatorSchemes.Cookie, new ClaimsPrincipal(identity));
        await actions.RecordAsync(account.Name, "sign-in", "", null, ct);
        return TypedResults.Redirect(ConsoleAddress(form.ReturnUrl));
    }

    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "sign-out", "", null, ct);
        await http.SignOutAsync(OperatorSchemes.Cookie);
        return TypedResults.Redirect(AdminPaths.SignIn);
    }

    private static async Task<RazorComponentResult<ConsolePage>> ConsoleAsync(HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        var (queues, queueProblem) = await QueuesAsync(http.RequestServices, ct);
        var (failed, failedProblem) = await FailedAsync(http.RequestServices, ct);
        return new(new
        {
            FailedMessages = failed,
            FailedMessagesProblem = failedProblem,
            Operator = AdminApiEndpoints.Operator(http),
            Sources = await actions.SourcesAsync(ct),
            Actions = await actions.ActionsAsync(ActionsShown, ct),
            Queues = queues,
            QueueProblem = queueProblem,
        });
    }

    private static async Task<(IReadOnlyList<FailedMessage> Messages, string? Problem)> FailedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (FailedMessageEndpoints.Messages(services) is not { } messages)
        {
            return ([], "This process runs no bus whose failed messages it could show.");
        }

        try
        {
            return (await messages.ListAsync(ct), null);
        }
        catch (HttpRequestException e)
        {
            return ([], $"{messages.Source} did not answer: {e.Message}");
        }
    }

    private static async Task<IResult> ConfirmDeleteAsync(string id, HttpContext http, CancellationToken ct) =>
        FailedMessageEndpoints.Messages(http.RequestServices) is { } messages && (await messages.ListAsync(ct)).FirstOrDefault(m => m.Id == id) is { } message
            ? new RazorComponentResult<DeleteFailedMessagePage>(new { Operator = AdminApiEndpoints.Operator(http), Message = message })
            : NoSuchMessage(id);

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (FailedMessageEndpoints.Messages(http.RequestServices) is not { } messages || !await messages.DeleteAsync(id, ct))
        {
            return NoSuchMessage(id);
        }

        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "delete-failed-message", id, null, ct);
        return TypedResults.Redirect($"{AdminPaths.Console}#failed");
    }

    private static async Task<IResult> ReplayAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (FailedMessageEndpoints.Messages(http.RequestServices) is not { } messages || !await messages.ReplayAsync(id, ct))
        {
            return NoSuchMessage(id);
        }

        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "replay", id, null, ct);
        return TypedResults.Redirect($"{AdminPaths.Console}#failed");
    }

    private static async Task<IResult> ReplayAllAsync(HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        if (FailedMessageEndpoints.Messages(http.RequestServices) is not { } messages)
        {
            return NoSuchMessage("");
        }

        var replayed = await messages.ReplayAllAsync(ct);
        await actions.RecordAsync(AdminApiEndpoints.Operator(http), "replay-all", "", $"{replayed} messages", ct);
        return TypedResults.Redirect($"{AdminPaths.Console}#failed");
    }

    private static async Task<(QueueList? Queues, string? Problem)> QueuesAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService(typeof(IQueueMonitor)) is not IQueueMonitor monitor)
        {
            return (null, "This process runs no bus whose queues it could show.");
        }

        try
        {
            return (new QueueList(monitor.Source, await monitor.GetQueuesAsync(ct)), null);
        }
        catch (HttpRequestException e)
        {
            return (null, $"{monitor.Source} did not answer: {e.Message}");
        }
    }

    private static async Task<IResult> SourceAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct) =>
        await actions.SourceAsync(id, ct) is { } found
            ? new RazorComponentResult<SourcePage>(new { Operator = AdminApiEndpoints.Operator(http), Item = found.Source, found.Runs })
            : NoSuchSource(id);

    private static async Task<RazorComponentResult<RunPage>> RunAsync(Guid runId, string? source, HttpContext http, ConsoleActions actions, CancellationToken ct)
    {
        var run = await actions.RunAsync(runId, ct);
        return new(new { Operator = AdminApiEndpoints.Operator(http), RunId = runId, SourceId = run?.SourceId ?? source ?? "", Run = run });
    }

    private static async Task<IResult> ScrapeAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct) =>
        await actions.ScrapeAsync(id, AdminApiEndpoints.Operator(http), ct) is { } runId
            ? TypedResults.Redirect($"{AdminPaths.Run(runId)}?source={Uri.EscapeDataString(id)}")
            : NoSuchSource(id);

    private static async Task<IResult> PauseAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct) =>
        await actions.PauseAsync(id, AdminApiEndpoints.Operator(http), ct) ? TypedResults.Redirect(AdminPaths.Source(id)) : NoSuchSource(id);

    private static async Task<IResult> ResumeAsync(string id, HttpContext http, ConsoleActions actions, CancellationToken ct) =>
        await actions.ResumeAsync(id, AdminApiEndpoints.Operator(http), ct) ? TypedResults.Redirect(AdminPaths.Source(id)) : NoSuchSource(id);

    /// <summary>Follows only an address inside the console, never another site's (an open redirect).</summary>
    private static string ConsoleAddress(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(AdminPaths.Console, StringComparison.Ordinal)
            && (url.Length == AdminPaths.Console.Length || url[AdminPaths.Console.Length] is '/' or '?')
            ? url
            : AdminPaths.Console;

    private static RazorComponentResult<Pages.NotFoundPage> NoSuchMessage(string id) =>
        new(new { Message = $"There is no failed message '{id}'." }) { StatusCode = StatusCodes.Status404NotFound };

    private static RazorComponentResult<Pages.NotFoundPage> NoSuchSource(string id) =>
        new(new { Message = $"There is no source '{id}' in the sources file." }) { StatusCode = StatusCodes.Status404NotFound };
}
