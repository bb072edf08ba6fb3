using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Alerts;

/// <summary>The folder of the Data Protection keys that sign alert links. The keys are written unencrypted (there is no
/// secret to configure), so on Unix the folder is kept readable by the service's own user only; a folder the process
/// cannot narrow is logged and used as it is.</summary>
internal static partial class SigningKeyFolder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static DirectoryInfo Prepare(string path, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        var folder = Directory.CreateDirectory(path, OwnerOnly);
        try
        {
            if (folder.UnixFileMode != OwnerOnly)
            {
                folder.UnixFileMode = OwnerOnly;
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            LogNotNarrowed(logger, folder.FullName, e.Message);
        }

        return folder;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The alert links' signing keys in {Folder} stay readable by other users: {Reason}. Make the folder readable by the service only")]
    private static partial void LogNotNarrowed(ILogger logger, string folder, string reason);
}
