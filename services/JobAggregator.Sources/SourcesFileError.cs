namespace JobAggregator.Sources;

/// <summary>One problem in a sources file, at the node it concerns. Lines and columns count from 1.</summary>
internal sealed record SourcesFileError(long Line, long Column, string? Source, string? Field, string Problem)
{
    public string Format(string path)
    {
        var source = Source is null ? "" : $"source '{Source}': ";
        var field = Field is null ? "" : $"field '{Field}': ";
        return $"{path}:{Line}:{Column}: {source}{field}{Problem}";
    }
}
