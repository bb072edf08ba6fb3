namespace JobAggregator.Api.Admin;

/// <summary>An operator: a name shown in the audit, and the hash of their password (ASP.NET Core Identity's format).</summary>
public sealed class OperatorAccount
{
    public string Name { get; set; } = "";

    public string PasswordHash { get; set; } = "";
}
