using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Sources;

public sealed class SourcesOptions
{
    public const string SectionName = "Sources";

    /// <summary>The sources file. A relative path is looked for in the current directory, then beside the
    /// application.</summary>
    [Required]
    public string Path { get; set; } = "sources.sample.yaml";

    /// <summary>A source failing this long after its last successful run is quarantined: its open postings stay open
    /// but are marked "source not confirmed since" that run, in the API and on the pages.</summary>
    [Range(1, 3650)]
    public int QuarantineAfterDays { get; set; } = 7;
}
