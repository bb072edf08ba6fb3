using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Api.SourceAlerts;

internal static class SourceAlertRegistration
{
    /// <summary>Source alerts: options from the <c>SourceAlerts</c> section, the webhook's HTTP client, and the Quartz
    /// job; mails go through the job seekers' alerts' transport, registered by <see cref="Alerts.AlertRegistration"/>.
    /// </summary>
    public static IServiceCollection AddSourceAlerts(this IServiceCollection services)
    {
        services.AddOptions<SourceAlertOptions>().BindConfiguration(SourceAlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourceAlertOptions>, SourceAlertOptionsValidator>());
        services.AddHttpClient(SourceAlertNotifier.WebhookClient, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton<SourceAlertNotifier>();
        services.TryAddSingleton<SourceAlertChecks>();
        services.TryAddSingleton<SourceAlertMutes>();
        services.AddQuartz(_ => { });
        services.AddHostedService<SourceAlertScheduleRegistrar>();
        return services;
    }

    /// <summary><c>POST {group}/sources/{id}/mute-alerts?until=...</c> (no <c>until</c>: unmute). Not mapped by the api
    /// itself: it changes what operators hear, so it belongs in the operator console's signed-in group, which maps it.
    /// </summary>
    public static RouteGroupBuilder MapSourceAlertMutes(this RouteGroupBuilder signedIn)
    {
        signedIn.MapPost("/sources/{id}/mute-alerts", MuteAsync).WithName("MuteSourceAlerts");
        return signedIn;
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> MuteAsync(
        string id, DateTimeOffset? until, SourceAlertMutes mutes, CancellationToken cancellationToken)
    {
        try
        {
            return await mutes.MuteAsync(id, until, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
        }
        catch (ArgumentOutOfRangeException)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["until"] = ["until must be in the future; leave it out to unmute."] });
        }
    }
}
