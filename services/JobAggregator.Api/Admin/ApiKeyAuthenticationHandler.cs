using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

/// <summary>Signs a script in by the key in its <c>X-Api-Key</c> header, compared with every configured key in constant
/// time. A key anywhere else (the query string) is never read. Wrong keys count towards the sign-in throttle.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<AdminOptions> admin,
    SignInThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(OperatorSchemes.ApiKeyHeader, out var values) || values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = Context.Connection.RemoteIpAddress;
        if (throttle.WaitFor(address) is not null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong sign-ins from this address."));
        }

        var account = Find(values.ToString());
        if (account is null)
        {
            throttle.Failed(address);
            Logger.LogWarning("A wrong API key was sent from {RemoteAddress} for {Path}", address, Request.Path);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name), new Claim("auth", "api-key")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    /// <summary>Compares hashes, which have the same length whatever the key's, so neither the key nor its length leaks
    /// through timing; every configured key is compared.</summary>
    private ApiKeyAccount? Find(string sent)
    {
        var sentHash = SHA256.HashData(Encoding.UTF8.GetBytes(sent));
        ApiKeyAccount? found = null;
        foreach (var account in admin.Value.ApiKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(sentHash, SHA256.HashData(Encoding.UTF8.GetBytes(account.Key))))
            {
                found = account;
            }
        }

        return found;
    }
}
