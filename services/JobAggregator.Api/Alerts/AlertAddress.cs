using System.Net.Mail;

namespace JobAggregator.Api.Alerts;

/// <summary>Checks a subscriber's address: one plain address (no display name, no list), with a domain that has a dot.
/// </summary>
internal static class AlertAddress
{
    public const int MaxLength = 254;

    public static string? Problem(string? address)
    {
        var value = address?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return "Enter your email address.";
        }

        if (value.Length > MaxLength
            || !MailAddress.TryCreate(value, out var parsed)
            || !string.Equals(parsed.Address, value, StringComparison.Ordinal)
            || !parsed.Host.Contains('.', StringComparison.Ordinal)
            || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return $"'{value}' is not an email address such as name@example.org.";
        }

        return null;
    }
}
