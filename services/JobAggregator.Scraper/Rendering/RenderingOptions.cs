using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Scraper.Rendering;

/// <summary>Headless Chromium for pages that build their listing with JavaScript (see <see cref="ChromiumRenderer"/>).</summary>
public sealed class RenderingOptions
{
    public const string SectionName = "Scraper:Rendering";

    /// <summary>Debian's chromium package puts it here; Playwright's own browser download is never used.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    /// <summary>False switches rendering off; true asks for it (a missing Chromium is then reported on every run that
    /// needed it); unset renders when Chromium is installed at <see cref="ChromiumPath"/>.</summary>
    public bool? Enabled { get; set; }

    [Required]
    public string ChromiumPath { get; set; } = DebianChromium;

    /// <summary>The longest one page may take to load and settle, its scripts' own requests included.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Requests one page's scripts may make (each through the fetcher, so politeness applies); more are aborted.</summary>
    [Range(1, 1000)]
    public int MaxRequestsPerPage { get; set; } = 100;

    /// <summary>Chromium's sandbox needs user namespaces, which a root process and a container's default seccomp
    /// profile do not give it. As root it is always off; set false where the container is the isolation.</summary>
    public bool Sandbox { get; set; } = true;
}
