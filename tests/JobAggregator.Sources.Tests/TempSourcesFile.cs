namespace JobAggregator.Sources.Tests;

/// <summary>A sources file in a directory of its own, deleted with it.</summary>
internal sealed class TempSourcesFile : IDisposable
{
    public const string FileName = "sources.yaml";

    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("jobaggregator-sources-");

    public TempSourcesFile(string yaml)
    {
        Path = System.IO.Path.Combine(_directory.FullName, FileName);
        File.WriteAllText(Path, yaml);
    }

    public string Path { get; }

    public void Dispose() => _directory.Delete(recursive: true);
}
