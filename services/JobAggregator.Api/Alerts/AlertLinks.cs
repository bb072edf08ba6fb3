using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Alerts;

/// <summary>Absolute links for mails, on the configured public address.</summary>
internal sealed class AlertLinks(IOptions<AlertOptions> options)
{
    private string Base => options.Value.PublicBaseUrl.TrimEnd('/');

    public string Confirm(string token) => $"{Base}/alerts/confirm?token={Uri.EscapeDataString(token)}";

    public string Manage(string token) => $"{Base}/alerts/manage?token={Uri.EscapeDataString(token)}";

    public string Unsubscribe(string token) => $"{Base}/alerts/unsubscribe?token={Uri.EscapeDataString(token)}";

    public string Job(string id) => $"{Base}/jobs/{Uri.EscapeDataString(id)}";

    public string Search(string query) => $"{Base}/{query}";

    /// <summary>The host name for Message-IDs.</summary>
    public string Host => new Uri(options.Value.PublicBaseUrl).Host;
}
