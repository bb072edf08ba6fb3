namespace JobAggregator.Sources.Tests;

public sealed class SourcesFilePathTests : IDisposable
{
    private readonly DirectoryInfo _current = Directory.CreateTempSubdirectory("jobaggregator-current-");
    private readonly DirectoryInfo _application = Directory.CreateTempSubdirectory("jobaggregator-application-");

    public void Dispose()
    {
        _current.Delete(recursive: true);
        _application.Delete(recursive: true);
    }

    [Fact]
    public void Relative_path_is_found_in_the_current_directory_first()
    {
        File.WriteAllText(Path.Combine(_current.FullName, "sources.yaml"), "");
        File.WriteAllText(Path.Combine(_application.FullName, "sources.yaml"), "");

        var resolved = SourcesFilePath.Resolve("sources.yaml", _current.FullName, _application.FullName);

        Assert.Equal(Path.Combine(_current.FullName, "sources.yaml"), resolved);
    }

    [Fact]
    public void Relative_path_falls_back_to_the_application_directory()
    {
        File.WriteAllText(Path.Combine(_application.FullName, "sources.yaml"), "");

        var resolved = SourcesFilePath.Resolve("sources.yaml", _current.FullName, _application.FullName);

        Assert.Equal(Path.Combine(_application.FullName, "sources.yaml"), resolved);
    }

    [Fact]
    public void Relative_path_found_nowhere_names_both_places_looked()
    {
        var exception = Assert.Throws<SourcesFileException>(
            () => SourcesFilePath.Resolve("sources.yaml", _current.FullName, _application.FullName));

        Assert.Contains(Path.Combine(_current.FullName, "sources.yaml"), exception.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_application.FullName, "sources.yaml"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absolute_path_is_used_as_it_is()
    {
        var path = Path.Combine(_application.FullName, "elsewhere.yaml");

        Assert.Equal(path, SourcesFilePath.Resolve(path, _current.FullName, _application.FullName));
    }
}
