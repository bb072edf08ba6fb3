using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Alerts;

/// <summary>The signed tokens links in mails carry, made with ASP.NET Core Data Protection: its keys are created,
/// rotated and persisted under the data directory by the framework, so there is no secret to configure and links survive
/// restarts. The confirmation token carries its own expiry, read against <see cref="TimeProvider"/>, so an expired link
/// is told apart from a changed one (Data Protection's time-limited protector reports both as the same exception).</summary>
internal sealed class AlertTokens(IDataProtectionProvider provider, TimeProvider time, IOptions<AlertOptions> options)
{
    private readonly IDataProtector _confirm = provider.CreateProtector("JobAggregator.Alerts.Confirm.v1");
    private readonly IDataProtector _manage = provider.CreateProtector("JobAggregator.Alerts.Manage.v1");

    public string Confirmation(string alertId)
    {
        var expires = time.GetUtcNow().AddHours(options.Value.ConfirmationLinkHours).ToUnixTimeSeconds();
        return _confirm.Protect($"{alertId}|{expires.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The token of the manage and unsubscribe links; it does not expire, so an old mail can still stop its
    /// alert.</summary>
    public string Manage(string alertId) => _manage.Protect(alertId);

    public (string? AlertId, AlertLinkProblem Problem) ReadConfirmation(string? token)
    {
        if (Unprotect(_confirm, token) is not { } payload
            || payload.Split('|') is not [var alertId, var expiresText]
            || !long.TryParse(expiresText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var expires))
        {
            return (null, AlertLinkProblem.Invalid);
        }

        return time.GetUtcNow().ToUnixTimeSeconds() > expires ? (alertId, AlertLinkProblem.Expired) : (alertId, AlertLinkProblem.None);
    }

    public string? ReadManage(string? token) => Unprotect(_manage, token);

    private static string? Unprotect(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
