namespace JobAggregator.Api.Admin;

/// <summary>The names of the console's authentication schemes and its authorisation policy.</summary>
internal static class OperatorSchemes
{
    /// <summary>The signed-in operator's cookie.</summary>
    public const string Cookie = "OperatorCookie";

    /// <summary>A script's <c>X-Api-Key</c> header.</summary>
    public const string ApiKey = "OperatorApiKey";

    /// <summary>The API key when the request carries the header, else the cookie.</summary>
    public const string CookieOrApiKey = "OperatorCookieOrApiKey";

    public const string Policy = "Operator";

    public const string ApiKeyHeader = "X-Api-Key";

    public const string CookieName = "jobaggregator-operator";
}
