namespace JobAggregator.Api.Admin;

/// <summary>Where the console lives.</summary>
internal static class AdminPaths
{
    public const string Console = "/admin";
    public const string SignIn = "/admin/sign-in";
    public const string SignOut = "/admin/sign-out";
    public const string Api = "/api/admin";

    public static string Source(string sourceId) => $"{Console}/sources/{Uri.EscapeDataString(sourceId)}";

    public static string Run(Guid runId) => $"{Console}/runs/{runId:D}";

    public static string ApiRun(Guid runId) => $"{Api}/runs/{runId:D}";
}
