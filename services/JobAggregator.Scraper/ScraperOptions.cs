using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Scraper;

public sealed class ScraperOptions
{
    public const string SectionName = "Scraper";

    /// <summary>Names the product so site owners know who is calling; operators add their contact URL or address.</summary>
    [Required]
    public string UserAgent { get; set; } = "JobAggregator/0.1 (job openings of member organisations; set Scraper:UserAgent to add a contact)";

    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>The largest body read, once decompressed.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The largest compressed body accepted on the wire (by Content-Length when given, else as it is read).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxTransferBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Retries of a request that timed out, failed to connect or answered 5xx, with exponential backoff and
    /// jitter. 429 and 503 with Retry-After are not retried this way: see <see cref="MaxRetryAfterSeconds"/>.</summary>
    [Range(1, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; each later one doubles it, with jitter.</summary>
    [Range(10, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>The longest Retry-After (on 429 or 503) waited out before asking once more; a longer one fails the page,
    /// and further pages of that host until it has passed.</summary>
    [Range(0, 600)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>The least time between the end of one request to a host and the start of the next. A robots.txt
    /// Crawl-delay that is longer wins, up to <see cref="MaxCrawlDelaySeconds"/>.</summary>
    [Range(0, 60_000)]
    public int MinDelayPerHostMilliseconds { get; set; } = 1000;

    /// <summary>The largest Crawl-delay honoured, so a site asking for hours cannot stall a scrape that long.</summary>
    [Range(0, 600)]
    public int MaxCrawlDelaySeconds { get; set; } = 60;

    /// <summary>How long a host's robots.txt (or its absence, a 4xx) is kept before it is read again.</summary>
    [Range(1, 24)]
    public int RobotsCacheHours { get; set; } = 24;

    /// <summary>How long a robots.txt that answered 5xx or not at all keeps the whole host disallowed before it is
    /// asked for again.</summary>
    [Range(1, 1440)]
    public int RobotsRetryMinutes { get; set; } = 10;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    [Range(1, 100)]
    public int MaxListingPages { get; set; } = 10;

    [Range(0, 500)]
    public int MaxDetailPages { get; set; } = 100;

    [Range(1, 64)]
    public int ConcurrentScrapes { get; set; } = 4;

    /// <summary>The most postings one run reads: past it the run stops reading (pages, detail pages, items of a feed or
    /// an API's answer) and reports its listing as truncated, which closes nothing.</summary>
    [Range(1, 100_000)]
    public int MaxPostingsPerRun { get; set; } = 5000;

    /// <summary>How long one run may take: past it the run stops, keeps the postings it read and reports its listing
    /// as truncated (or, while it follows detail pages, leaves the rest with their listing text).</summary>
    [Range(10, 3600)]
    public int MaxRunSeconds { get; set; } = 300;

    /// <summary>How long extracting one page may take (parsing and every strategy): a page past it fails with
    /// <c>too-complex</c> instead of holding a worker.</summary>
    [Range(1, 600)]
    public int MaxExtractSeconds { get; set; } = 60;

    /// <summary>Where the scraper keeps what it last published of each source (a hash per posting, one file per source),
    /// so that after a restart an unchanged posting is still not published again. Empty: in memory only. The Host sets
    /// it to a <c>scraper-state</c> folder beside <c>Store:SqlitePath</c> unless it is given; each scraper process
    /// needs a folder of its own.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>A source none of whose runs published every posting for this long is published whole again, so postings
    /// a store lost (a new database, a restored backup) come back within this time.</summary>
    [Range(1, 8760)]
    public int RepublishAfterHours { get; set; } = 24;

    /// <summary>In one process (the in-memory bus), the most postings published and not yet stored: past it the scraper
    /// waits for the store. Each holds its messages' memory until it is stored, so this bounds what a large first import
    /// keeps in flight; it needs room for the store's two batches in hand (<c>Store:Batch:MessageLimit</c>) and the
    /// normaliser's postings. Over RabbitMQ, <c>RabbitMq:MaxReadyPostings</c> bounds the queues instead.</summary>
    [Range(64, 100_000)]
    public int MaxPostingsInFlight { get; set; } = 2048;
}
