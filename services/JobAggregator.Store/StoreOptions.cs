using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Store;

public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public const string SqliteProvider = "sqlite";

    /// <summary>Which database backs the store; only <c>sqlite</c> exists so far.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; a relative path is relative to the working directory. Its folder is created at start-up.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/jobaggregator.db";
}
