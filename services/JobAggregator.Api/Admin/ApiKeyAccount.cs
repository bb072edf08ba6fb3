namespace JobAggregator.Api.Admin;

/// <summary>A script's key: its name is what the audit records as the one who acted.</summary>
public sealed class ApiKeyAccount
{
    /// <summary>The shortest key accepted: 32 characters, as <c>openssl rand -hex 16</c> gives.</summary>
    public const int MinimumKeyLength = 32;

    public string Name { get; set; } = "";

    public string Key { get; set; } = "";
}
