namespace JobAggregator.Sources;

/// <summary>The sources file could not be loaded. <see cref="Exception.Message"/> lists every problem found, one a
/// line, as <c>path:line:column: source 'id': field 'name': what is wrong</c>.</summary>
public sealed class SourcesFileException : Exception
{
    public SourcesFileException()
        : this("The sources file is invalid.")
    {
    }

    public SourcesFileException(string message)
        : base(message)
    {
        Errors = [message];
    }

    public SourcesFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    internal SourcesFileException(string path, IReadOnlyList<string> errors, Exception? innerException = null)
        : base(Describe(path, errors), innerException)
    {
        Errors = errors;
    }

    /// <summary>Each problem, formatted as one line of <see cref="Exception.Message"/>.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Describe(string path, IReadOnlyList<string> errors)
    {
        var count = errors.Count == 1 ? "1 error" : $"{errors.Count} errors";
        return $"The sources file '{path}' has {count}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
    }
}
