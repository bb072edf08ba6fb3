using System.Security.Cryptography;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Store;
using JobAggregator.Store.Alerts;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Alerts;

/// <summary>Subscribing (with antiforgery and a rate limit), confirming, managing and unsubscribing. Confirm, manage and
/// unsubscribe links carry a signed token, so they need no session; the one-click unsubscribe POST of RFC 8058 comes
/// from a mail provider with no antiforgery token and is accepted on the token alone.</summary>
internal static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlertPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/alerts/new", NewAsync).ExcludeFromDescription();
        endpoints.MapPost("/alerts", SubscribeAsync).RequireRateLimiting(AlertFormRateLimit.PolicyName).ExcludeFromDescription();
        endpoints.MapPost("/jobs/{id}/remind", RemindAsync).RequireRateLimiting(AlertFormRateLimit.PolicyName).ExcludeFromDescription();
        endpoints.MapGet("/alerts/confirm", ConfirmAsync).ExcludeFromDescription();
        endpoints.MapGet("/alerts/manage", ManageAsync).ExcludeFromDescription();
        endpoints.MapGet("/alerts/unsubscribe", ManageAsync).ExcludeFromDescription();
        endpoints.MapPost("/alerts/unsubscribe", UnsubscribeAsync).DisableAntiforgery().ExcludeFromDescription();

        // Like unsubscribing, the signed token in the address proves the mail reached the address; no antiforgery.
        endpoints.MapPost("/alerts/manage", ChangeFrequencyAsync).DisableAntiforgery().ExcludeFromDescription();
        endpoints.MapPost("/alerts/resubscribe", ResubscribeAsync).DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    private static RazorComponentResult<AlertFormPage> NewAsync([AsParameters] JobSearchParameters search) =>
        new RazorComponentResult<AlertFormPage>(new { Search = search });

    private static async Task<RazorComponentResult> SubscribeAsync(
        [FromForm] AlertSubscription form, IAlertStore store, AlertMailComposer composer, AlertMailSender sender, IMailTransport transport,
        TimeProvider time, CancellationToken ct)
    {
        var search = form.Search();
        var errors = search.ToQuery(JobEndpoints.Today(time)).Errors;
        if (AlertAddress.Problem(form.Email) is { } addressProblem)
        {
            errors["email"] = [addressProblem];
        }

        var frequency = Frequency(form.Frequency);
        if (frequency is null)
        {
            errors["frequency"] = [FrequencyProblem(form.Frequency)];
        }

        if (errors.Count > 0)
        {
            return new RazorComponentResult<AlertFormPage>(new { Search = search, Errors = errors, Email = form.Email, Frequency = form.Frequency })
            {
                StatusCode = StatusCodes.Status400BadRequest,
            };
        }

        var alert = new Alert(NewId(), form.Email!.Trim(), AlertKind.Search, AlertSearch.Save(search), null, frequency!.Value, AlertStatus.Pending, time.GetUtcNow());
        return await StartAsync(alert, null, store, composer, sender, transport, ct);
    }

    private static async Task<RazorComponentResult> RemindAsync(
        string id, [FromForm] AlertSubscription form, IPostingReader reader, IAlertStore store, AlertMailComposer composer,
        AlertMailSender sender, IMailTransport transport, TimeProvider time, CancellationToken ct)
    {
        if (await reader.GetAsync(id, ct) is not { Status: PostingStatus.Open } posting)
        {
            return Message("No such opening", $"There is no open opening with the id '{id}' to be reminded of.", StatusCodes.Status404NotFound);
        }

        if (AlertAddress.Problem(form.Email) is { } addressProblem)
        {
            return Message("Check your address", addressProblem, StatusCodes.Status400BadRequest, $"/jobs/{Uri.EscapeDataString(id)}", "Back to the opening");
        }

        if (posting.Content.ValidThrough is null)
        {
            return Message("No closing date", "This opening states no closing date, so there is nothing to remind you of.", StatusCodes.Status400BadRequest);
        }

        var alert = new Alert(NewId(), form.Email!.Trim(), AlertKind.Reminder, "", posting.Id, AlertFrequency.Daily, AlertStatus.Pending, time.GetUtcNow());
        return await StartAsync(alert, posting.Content.Title, store, composer, sender, transport, ct);
    }

    private static async Task<RazorComponentResult> StartAsync(
        Alert alert, string? jobTitle, IAlertStore store, AlertMailComposer composer, AlertMailSender sender, IMailTransport transport,
        CancellationToken ct)
    {
        await store.AddAsync(alert, composer.Confirmation(alert, jobTitle), ct);

        // Sent now when the server answers; otherwise the outbox keeps it for the next scheduled attempt.
        await sender.SendDueAsync(ct);
        return new RazorComponentResult<AlertSubscribedPage>(new { alert.Email, MailFolder = transport.IsFolder ? transport.Destination : null });
    }

    private static async Task<RazorComponentResult> ConfirmAsync(string? token, AlertTokens tokens, IAlertStore store, TimeProvider time, CancellationToken ct)
    {
        var (alertId, problem) = tokens.ReadConfirmation(token);
        if (problem == AlertLinkProblem.Invalid)
        {
            return InvalidLink();
        }

        if (problem == AlertLinkProblem.Expired)
        {
            return Message(
                "This link has expired",
                "Confirmation links work for a limited time. Subscribe again from the search, and follow the new link soon.",
                StatusCodes.Status410Gone,
                "/",
                "Back to the openings");
        }

        var alert = await store.ConfirmAsync(alertId!, time.GetUtcNow(), ct);
        return alert switch
        {
            null => InvalidLink(),
            { Status: AlertStatus.Unsubscribed } => Message("Alert stopped", "You unsubscribed from this alert; it stays stopped."),
            _ => Message(
                "Alert confirmed",
                alert.Kind == AlertKind.Reminder
                    ? "You will get a reminder a few days before this opening closes."
                    : $"You will get a {alert.Frequency.ToString().ToLowerInvariant()} email of new openings matching {AlertSearch.Describe(alert.Search)}.",
                StatusCodes.Status200OK,
                $"/alerts/manage?token={Uri.EscapeDataString(tokens.Manage(alert.Id))}",
                "Manage this alert"),
        };
    }

    private static async Task<RazorComponentResult> ManageAsync(string? token, AlertTokens tokens, IAlertStore store, CancellationToken ct)
    {
        if (tokens.ReadManage(token) is not { } alertId || await store.GetAsync(alertId, ct) is not { } alert)
        {
            return InvalidLink();
        }

        return ManagePage(alert, token!);
    }

    private static async Task<RazorComponentResult> ChangeFrequencyAsync(
        string? token, [FromForm] string? frequency, AlertTokens tokens, IAlertStore store, CancellationToken ct)
    {
        if (tokens.ReadManage(token) is not { } alertId || await store.GetAsync(alertId, ct) is not { } alert)
        {
            return InvalidLink();
        }

        if (Frequency(frequency) is not { } chosen || string.IsNullOrWhiteSpace(frequency))
        {
            return ManagePage(alert, token!, error: FrequencyProblem(frequency), status: StatusCodes.Status400BadRequest);
        }

        var changed = await store.ChangeFrequencyAsync(alertId, chosen, ct);
        return ManagePage(changed ?? alert, token!, notice: $"Saved: the email now comes {chosen.ToString().ToLowerInvariant()}.");
    }

    private static async Task<RazorComponentResult> ResubscribeAsync(
        string? token, AlertTokens tokens, IAlertStore store, TimeProvider time, CancellationToken ct)
    {
        if (tokens.ReadManage(token) is not { } alertId || await store.ResubscribeAsync(alertId, time.GetUtcNow(), ct) is not { } alert)
        {
            return InvalidLink();
        }

        return ManagePage(alert, token!, notice: "Subscribed again: the next email lists the openings that appear from now on.");
    }

    private static RazorComponentResult<AlertManagePage> ManagePage(
        Alert alert, string token, string? notice = null, string? error = null, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<AlertManagePage>(new
        {
            Alert = alert,
            Token = token.Trim(),
            Search = AlertSearch.Describe(alert.Search),
            Notice = notice,
            Error = error,
        })
        { StatusCode = status };

    /// <summary>Daily or weekly, any case; weekly when not given; null for anything else.</summary>
    private static AlertFrequency? Frequency(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "daily" => AlertFrequency.Daily,
        "weekly" or null or "" => AlertFrequency.Weekly,
        _ => null,
    };

    private static string FrequencyProblem(string? value) => $"frequency must be daily or weekly, not '{value}'.";

    private static async Task<RazorComponentResult> UnsubscribeAsync(string? token, AlertTokens tokens, IAlertStore store, TimeProvider time, CancellationToken ct)
    {
        if (tokens.ReadManage(token) is not { } alertId || await store.UnsubscribeAsync(alertId, time.GetUtcNow(), ct) is null)
        {
            return InvalidLink();
        }

        return Message("Unsubscribed", "You will get no more mails from this alert.", StatusCodes.Status200OK, "/", "Back to the openings");
    }

    private static RazorComponentResult<AlertMessagePage> InvalidLink() => Message(
        "This link does not work",
        "The link is incomplete or was changed. Copy the whole link from the mail, or subscribe again from the search.",
        StatusCodes.Status400BadRequest,
        "/",
        "Back to the openings");

    private static RazorComponentResult<AlertMessagePage> Message(string title, string text, int status = StatusCodes.Status200OK, string? link = null, string? linkText = null) =>
        new RazorComponentResult<AlertMessagePage>(new { Title = title, Text = text, Link = link, LinkText = linkText }) { StatusCode = status };

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
