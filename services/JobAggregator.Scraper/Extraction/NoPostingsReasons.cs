namespace JobAggregator.Scraper.Extraction;

/// <summary>Why a page gave no postings, as reported in a scrape run and by the preview command.</summary>
public static class NoPostingsReasons
{
    /// <summary>The page was read, and no strategy found a listing on it.</summary>
    public const string NoListing = "no-listing";

    /// <summary>The page is an application shell that renders its jobs with JavaScript: nothing to read without a
    /// browser.</summary>
    public const string JavaScriptAppShell = "javascript-app-shell";

    public const string RobotsDisallowed = "robots-disallowed";
    public const string HttpStatus = "http-status";
    public const string TooLarge = "too-large";
}
