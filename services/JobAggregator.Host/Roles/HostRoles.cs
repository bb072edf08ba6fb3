namespace JobAggregator.Host.Roles;

internal static class HostRoles
{
    public const string ConfigurationKey = "Roles";

    /// <summary>Parses "all" or a comma-separated list such as "scraper,normalizer".</summary>
    /// <exception cref="ArgumentException">A name is not a role; the message lists the valid ones.</exception>
    public static HostRole Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return HostRole.All;
        }

        var roles = HostRole.None;
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<HostRole>(name, ignoreCase: true, out var role) || role == HostRole.None || int.TryParse(name, out _))
            {
                throw new ArgumentException(
                    $"--roles: '{name}' is not a role; use 'all' or a comma-separated list of scheduler, scraper, normalizer, store, api.");
            }

            roles |= role;
        }

        return roles;
    }
}
