using Microsoft.Playwright;

namespace JobAggregator.EndToEnd.Tests.Web;

/// <summary>Debian's chromium, driven by Playwright, started once for a class of browser tests. Never Playwright's own
/// browser download: test.sh installs the chromium package when it is missing.</summary>
public sealed class Chromium : IAsyncLifetime
{
    private const string ExecutablePath = "/usr/bin/chromium";
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
