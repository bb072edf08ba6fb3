using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Sources;

public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>The sources file. A relative path is looked for in the current directory, then beside the
    /// application.</summary>
    [Required]
    public string Path { get; set; } = "sources.sample.yaml";
}
