namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>A hiring tool's job board recognised from a URL or an embed.</summary>
/// <param name="Tool">The tool's name, as <see cref="IHiringTool.Name"/> (greenhouse, lever, jazzhr...).</param>
/// <param name="Token">What the tool names the board by: the board token, account slug, subdomain or board GUID.</param>
/// <param name="BoardUrl">The board's page for a job seeker, when known: the base for URLs the tool's API omits.</param>
internal sealed record HiringToolBoard(string Tool, string Token, Uri? BoardUrl)
{
    /// <summary>The key the tool's public API asks for beside the board, where the embed gives one (Comeet's widget
    /// token).</summary>
    public string? ApiKey { get; init; }
}
