namespace JobAggregator.Sources;

internal static class SourcesFilePath
{
    /// <summary>A relative path is looked for in the current directory first, so an operator can run the Host with a
    /// file of their own, then in the application directory, where the build copies the sample.</summary>
    public static string Resolve(string configured, string currentDirectory, string applicationDirectory)
    {
        if (Path.IsPathFullyQualified(configured))
        {
            return configured;
        }

        var fromCurrent = Path.GetFullPath(configured, currentDirectory);
        if (File.Exists(fromCurrent))
        {
            return fromCurrent;
        }

        var fromApplication = Path.GetFullPath(configured, applicationDirectory);
        if (File.Exists(fromApplication))
        {
            return fromApplication;
        }

        var looked = fromCurrent == fromApplication ? fromCurrent : $"{fromCurrent} and {fromApplication}";
        throw new SourcesFileException(configured, [$"{configured}: file not found: looked for {looked}"]);
    }
}
