using Microsoft.Playwright;

namespace JobAggregator.EndToEnd.Tests.Web;

/// <summary>Debian's chromium, driven by Playwright, started once for a class of browser tests. Never Playwright's own
/// browser download: test.sh installs the chromium package when it is missing.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private const string ExecutablePath = "/usr/bin/chromium";
    private const float WaitLimitMilliseconds = 180_000;
    private IPlaywright? _playwright;

    internal IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests write their screenshots: TestResults/web-pages at the top of the repository.</summary>
    internal static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "web-pages");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Debian's chromium at {ExecutablePath}: apt-get install -y chromium (test.sh does this as root).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // As root in a container chromium needs --no-sandbox; the rest keep it off a network it cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A new browser context whose waits (for a selector, an address, a navigation) give up after minutes,
    /// not Playwright's 30 s: on a loaded 2-core machine a page of the demo can take longer than that, and only a
    /// broken build takes minutes.</summary>
    internal async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(WaitLimitMilliseconds);
        context.SetDefaultNavigationTimeout(WaitLimitMilliseconds);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JobAggregator.sln")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
