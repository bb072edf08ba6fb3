using System.Collections.Concurrent;
using JobAggregator.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Scraping;

/// <summary>What this scraper last published of each source: a hash of each posting's content by its key, so a run
/// publishes only the postings that are new or changed since the last run it published, and an unchanged posting costs
/// a hash comparison instead of a normalise and a store write. The run's <see cref="ScrapeCompleted.PostingKeys"/> still
/// lists every posting, and the store counts each listed one as seen.
/// <para>With <see cref="ScraperOptions.StateDirectory"/> each source's state is also kept in a file there, written
/// once a run's postings are published and read the first time the source is scraped, so a restarted scraper compares
/// as a running one does. A scraper that knows nothing of a source (no folder, no file, a file it cannot read) publishes
/// every posting. So does one whose last full publish of the source is older than
/// <see cref="ScraperOptions.RepublishAfterHours"/>: a store that lost postings (a new database, a restored backup)
/// gets them back within that time. <see cref="PublishedContentLifetime"/> drops the files a process left behind when it
/// stopped with postings still on their way to the store.</para></summary>
public sealed class PublishedContent(IOptions<ScraperOptions> options, TimeProvider time, ILogger<PublishedContent> logger)
{
    /// <summary>Left in the folder while a scraper uses it; found at start-up, it says the last one did not stop cleanly.</summary>
    internal const string RunningMarker = "running";

    private readonly ConcurrentDictionary<string, PublishedState?> _bySource = new(StringComparer.Ordinal);
    private bool _folderUnusable;

    private string? Folder => _folderUnusable || string.IsNullOrWhiteSpace(options.Value.StateDirectory)
        ? null
        : Path.GetFullPath(options.Value.StateDirectory);

    /// <summary>Starts comparing a run's postings of <paramref name="sourceId"/> with what was last published of it.</summary>
    public ContentComparison Compare(string sourceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var state = _bySource.GetOrAdd(sourceId, Load);
        var now = time.GetUtcNow();
        var republishAfter = TimeSpan.FromHours(options.Value.RepublishAfterHours);
        if (state is not null && now - state.FullyPublishedAt >= republishAfter)
        {
            logger.LogInformation("Source {SourceId}: every posting is published again, as none was since {FullyPublishedAt} (Scraper:RepublishAfterHours {Hours})",
                sourceId, state.FullyPublishedAt, options.Value.RepublishAfterHours);
            state = null;
        }

        return new ContentComparison(state?.Hashes, state?.FullyPublishedAt ?? now, state?.Listing);
    }

    /// <summary>Records what a run published, once it is all published: the next run compares with it. A posting the
    /// run did not list is forgotten, so it is published again when it comes back. A state that cannot be written is
    /// logged, and its old file removed so that a restart publishes everything instead of comparing with it.</summary>
    /// <param name="read">The listing the run read from its page alone, if it did: a run given the same page next time
    /// lists the same postings without extracting them.</param>
    public async Task RememberAsync(string sourceId, ContentComparison published, CancellationToken cancellationToken, ListingRead? read = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        ArgumentNullException.ThrowIfNull(published);
        published.Hashes.TrimExcess();
        var state = new PublishedState(published.FullyPublishedAt, published.Hashes, read);
        _bySource[sourceId] = state;
        if (Folder is not { } folder)
        {
            return;
        }

        var path = PublishedContentFile.PathOf(folder, sourceId);
        try
        {
            Directory.CreateDirectory(folder);
            await PublishedContentFile.WriteAsync(path, sourceId, state, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The postings are published: a file older than them must not be compared with after a restart.
            TryDelete(path);
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Source {SourceId}: what was published could not be written to {Path} ({Reason}); after a restart every posting of it is published again",
                sourceId, path, e.Message);
            TryDelete(path);
        }
    }

    /// <summary>Takes the folder for this process: when the last process to use it did not stop cleanly, what it wrote
    /// may name postings that never reached the store, so every file is dropped and every source published whole. A
    /// folder that cannot be used is logged, and the state kept in memory only.</summary>
    internal void Open()
    {
        if (Folder is not { } folder)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var marker = Path.Combine(folder, RunningMarker);
            if (File.Exists(marker))
            {
                var dropped = Directory.GetFiles(folder, "*" + PublishedContentFile.Extension);
                logger.LogWarning("The last scraper using {Folder} did not stop cleanly: its {Count} files of published content are dropped and every source's postings are published again",
                    folder, dropped.Length);
                foreach (var file in dropped)
                {
                    File.Delete(file);
                }
            }

            File.WriteAllText(marker, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The scraper's state folder {Folder} cannot be used ({Reason}); what was published is kept in memory only, and every posting is published again after a restart",
                folder, e.Message);
            _folderUnusable = true;
        }
    }

    /// <summary>Gives the folder up at stop: cleanly when nothing published is still on its way to the store, so the
    /// next process trusts the files; otherwise the marker stays and the next process publishes everything.</summary>
    internal void Close(bool nothingInFlight)
    {
        if (Folder is not { } folder)
        {
            return;
        }

        if (!nothingInFlight)
        {
            logger.LogWarning("The scraper stops with postings still on their way to the store; the next start publishes every source's postings again");
            return;
        }

        TryDelete(Path.Combine(folder, RunningMarker));
    }

    private PublishedState? Load(string sourceId)
    {
        if (Folder is not { } folder)
        {
            return null;
        }

        var path = PublishedContentFile.PathOf(folder, sourceId);
        try
        {
            return File.Exists(path) ? PublishedContentFile.Read(path, sourceId) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogWarning("Source {SourceId}: what was last published cannot be read from {Path} ({Reason}); every posting of it is published",
                sourceId, path, e.Message);
            return null;
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("{Path} could not be removed: {Reason}", path, e.Message);
        }
    }
}
