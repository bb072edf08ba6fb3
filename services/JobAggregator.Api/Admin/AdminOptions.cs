namespace JobAggregator.Api.Admin;

/// <summary>Who may use the operator console and <c>/api/admin</c>. With no operator and no API key the console is off
/// and its addresses answer 404.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>People who sign in with a name and a password; only the password's hash is configured
    /// (<c>hash-password</c> makes one).</summary>
    public List<OperatorAccount> Operators { get; set; } = [];

    /// <summary>Keys for scripts, sent in the <c>X-Api-Key</c> header, never in the address.</summary>
    public List<ApiKeyAccount> ApiKeys { get; set; } = [];

    /// <summary>Wrong sign-ins or API keys one client address may send per window before it must wait.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int FailedSignInWindowSeconds { get; set; } = 300;

    public bool Enabled => Operators.Count > 0 || ApiKeys.Count > 0;
}
