using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JobAggregator.Sources;

public static class SourcesFileLoader
{
    /// <summary>Reads and validates the sources file at <paramref name="path"/>, replacing each <c>${Name}</c> in a
    /// value with <paramref name="resolveVariable"/>(Name).</summary>
    /// <exception cref="SourcesFileException">The file is missing, is not YAML, or has any invalid entry; the message
    /// lists every problem.</exception>
    public static SourceCatalog Load(string path, Func<string, string?> resolveVariable)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(resolveVariable);

        var fullPath = Path.GetFullPath(path);
        var stream = new YamlStream();
        try
        {
            if (new FileInfo(fullPath) is { Exists: true, Length: > YamlShape.MaxBytes } large)
            {
                throw new SourcesFileException(path,
                    [$"{path}: {large.Length:N0} bytes is larger than a sources file can be ({YamlShape.MaxBytes:N0} bytes)"]);
            }

            var text = File.ReadAllText(fullPath);
            if (YamlShape.TooDeep(text) is { } tooDeep)
            {
                throw new SourcesFileException(path, [tooDeep.Format(path)]);
            }

            stream.Load(new StringReader(text));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SourcesFileException(path, [$"{path}: file not found: {fullPath}"], exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SourcesFileException(path, [$"{path}: cannot read {fullPath}: {exception.Message}"], exception);
        }
        catch (YamlException exception)
        {
            var error = new SourcesFileError(exception.Start.Line, exception.Start.Column, null, null, $"not valid YAML: {exception.Message}");
            throw new SourcesFileException(path, [error.Format(path)], exception);
        }

        var document = new SourcesDocumentReader(resolveVariable);
        var sources = document.Read(stream);
        if (document.Errors.Count > 0)
        {
            var errors = document.Errors
                .OrderBy(error => error.Line)
                .ThenBy(error => error.Column)
                .Select(error => error.Format(path))
                .ToArray();
            throw new SourcesFileException(path, errors);
        }

        return new SourceCatalog(fullPath, sources);
    }
}
