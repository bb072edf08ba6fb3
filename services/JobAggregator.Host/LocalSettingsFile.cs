namespace JobAggregator.Host;

/// <summary>
/// The operator's own settings, <c>appsettings.local.json</c> in the working directory: above appsettings.json,
/// below the environment and the command line, as the README orders them.
/// </summary>
internal static class LocalSettingsFile
{
    public const string FileName = "appsettings.local.json";

    /// <remarks>
    /// The web builder has already added the environment and the command line, and a source added later wins; they are
    /// added again after the file so that they still win over it.
    /// </remarks>
    public static void Add(IConfigurationBuilder configuration, string directory, string[] args)
    {
        configuration.AddJsonFile(Path.Combine(directory, FileName), optional: true);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
    }
}
