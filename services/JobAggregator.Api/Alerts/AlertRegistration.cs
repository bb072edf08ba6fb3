using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Api.Alerts;

internal static class AlertRegistration
{
    /// <summary>Email alerts: options from the <c>Alerts</c> section, the outbox sender on SMTP or a folder, signed links
    /// with Data Protection keys kept under the data directory (readable by the service only), the form's rate limit,
    /// and the Quartz job.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>());

        services.AddDataProtection().SetApplicationName("JobAggregator");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<AlertOptions>, IOptions<StoreOptions>, ILoggerFactory>(
            (keys, alerts, store, loggers) => keys.XmlRepository = new FileSystemXmlRepository(
                SigningKeyFolder.Prepare(
                    Path.Combine(DataDirectory(alerts.Value, store.Value), "keys"), loggers.CreateLogger(typeof(SigningKeyFolder))),
                loggers));

        services.TryAddSingleton<IMailTransport>(provider =>
        {
            var alerts = provider.GetRequiredService<IOptions<AlertOptions>>();
            return string.IsNullOrWhiteSpace(alerts.Value.Smtp.Host)
                ? new FolderMailTransport(Path.Combine(DataDirectory(alerts.Value, provider.GetRequiredService<IOptions<StoreOptions>>().Value), "mail"))
                : new SmtpMailTransport(alerts);
        });
        services.TryAddSingleton<AlertLinks>();
        services.TryAddSingleton<AlertTokens>();
        services.TryAddSingleton<AlertMailComposer>();
        services.TryAddSingleton<AlertMailSender>();
        services.TryAddSingleton<AlertDigests>();

        services.AddRateLimiter(limiter => limiter.AddPolicy(AlertFormRateLimit.PolicyName, AlertFormRateLimit.Policy()));

        services.AddQuartz(_ => { });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = false);
        services.AddHostedService<AlertScheduleRegistrar>();
        return services;
    }

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder endpoints) => endpoints.MapAlertPages();

    /// <summary><c>Alerts:DataDirectory</c>, else the folder of the SQLite file, else <c>data</c>.</summary>
    internal static string DataDirectory(AlertOptions alerts, StoreOptions store) =>
        !string.IsNullOrWhiteSpace(alerts.DataDirectory) ? alerts.DataDirectory
        : Path.GetDirectoryName(Path.GetFullPath(store.SqlitePath)) is { Length: > 0 } folder ? folder
        : "data";
}
