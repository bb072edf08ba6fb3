using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JobAggregator.SampleSites;

/// <summary>Serves the bundled member-organisation sample sites as static files on a loopback address, for the demo
/// and the tests.</summary>
public sealed class SampleSitesServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _disposed;

    private SampleSitesServer(WebApplication app, Uri baseUrl, string rootDirectory)
    {
        _app = app;
        BaseUrl = baseUrl;
        RootDirectory = rootDirectory;
    }

    /// <summary>The <c>sample-sites</c> folder copied next to this assembly at build time.</summary>
    public static string DefaultRootDirectory => Path.Combine(AppContext.BaseDirectory, "sample-sites");

    /// <summary>The address actually bound, with the real port when port 0 was asked for. <see cref="Uri"/> renders
    /// it with a trailing slash; use <c>GetLeftPart(UriPartial.Authority)</c> for the bare origin.</summary>
    public Uri BaseUrl { get; }

    public string RootDirectory { get; }

    /// <param name="url">One concrete address such as <c>http://127.0.0.1:0</c> (any free port) or
    /// <c>http://127.0.0.1:5081</c>. Kestrel refuses port 0 with <c>localhost</c>.</param>
    /// <param name="rootDirectory">The folder to serve; <see cref="DefaultRootDirectory"/> when null.</param>
    public static async Task<SampleSitesServer> StartAsync(
        string url,
        string? rootDirectory = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var root = Path.GetFullPath(rootDirectory ?? DefaultRootDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The sample sites folder '{root}' does not exist.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            // A file watcher per server would exhaust inotify instances when many tests start servers.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });

        // This server runs inside the Host process, whose ASPNETCORE_URLS, Kestrel endpoints and logging levels are
        // meant for the Host itself: start from empty configuration so only the address given here is bound.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // The owner stops the server by disposing it; it must not also react to Ctrl+C on its own.
        builder.Services.AddSingleton<IHostLifetime, OwnerControlledLifetime>();

        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });

        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // After start, Urls holds the addresses Kestrel really bound, with the port it chose for port 0.
        return new SampleSitesServer(app, new Uri(app.Urls.First()), root);
    }

    /// <summary>Copies the default sample sites into <paramref name="destination"/> (created when missing, existing
    /// files overwritten), so a test can edit its own copy and serve it.</summary>
    /// <returns>The full path of the destination.</returns>
    public static string CopyTo(string destination)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var source = DefaultRootDirectory;
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The sample sites folder '{source}' does not exist.");
        }

        var target = Path.GetFullPath(destination);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)), overwrite: true);
        }

        return target;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Static files send "text/html" without a charset; say UTF-8 so every client decodes the dashes the same way.
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".html"] = "text/html; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".json"] = "application/json; charset=utf-8";
        return provider;
    }

    private sealed class OwnerControlledLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
