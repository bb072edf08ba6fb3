namespace JobAggregator.Contracts;

/// <summary>Why a run gave no postings: the values of <see cref="ScrapeCompleted.NoPostingsReason"/>, as the store
/// keeps them for a source's health and the preview command shows them.</summary>
public static class NoPostingsReasons
{
    /// <summary>The page was read, and no strategy found a listing on it.</summary>
    public const string NoListing = "no-listing";

    /// <summary>The page is an application shell that renders its jobs with JavaScript: nothing to read without a
    /// browser.</summary>
    public const string JavaScriptAppShell = "javascript-app-shell";
}
