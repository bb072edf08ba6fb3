namespace JobAggregator.Api.Admin;

/// <summary>The sign-in form's fields.</summary>
internal sealed class SignInForm
{
    public string? Name { get; set; }

    public string? Password { get; set; }

    /// <summary>The console page asked for before signing in; only a console address is followed.</summary>
    public string? ReturnUrl { get; set; }
}
