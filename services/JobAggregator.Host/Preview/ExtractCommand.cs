using System.Text.Encodings.Web;
using System.Text.Json;
using JobAggregator.Api.Text;
using JobAggregator.Normalizer;
using JobAggregator.Scraper;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;

namespace JobAggregator.Host.Preview;

/// <summary><c>extract &lt;url-or-file&gt;</c>: shows the postings the pipeline would store from one page, after
/// extraction and normalisation, without touching the database or the bus: readable by default, or with
/// <c>--json</c> as the JSON array of <c>/api/jobs</c> items alone on stdout.</summary>
internal static class ExtractCommand
{
    // Relaxed escaping keeps descriptions readable in a terminal; the output is data for a person or a program, never HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (ExtractArguments.AsksForHelp(args))
        {
            await stdout.WriteLineAsync(ExtractArguments.Help);
            return 0;
        }

        ExtractArguments arguments;
        try
        {
            arguments = ExtractArguments.Parse(args);
        }
        catch (ArgumentException e)
        {
            await stderr.WriteLineAsync($"extract: {e.Message}\n{ExtractArguments.Usage}");
            return 2;
        }

        await using var services = BuildServices(arguments);
        try
        {
            var (source, fetcher, rules) = Resolve(arguments, services);
            (source, var outcome, var items) = await new PagePreviewer(services).RunAsync(source, fetcher, CancellationToken.None);
            var summary = $"{Counted.Of(items.Count, "posting", "postings")} from {Counted.Of(outcome.PagesFetched, "page", "pages")} by {outcome.ExtractedBy} ({rules})";
            if (arguments.Json)
            {
                await stdout.WriteLineAsync(JsonSerializer.Serialize(items, Json));
                if (outcome.ListingTruncated)
                {
                    await stderr.WriteLineAsync($"extract: {summary}");
                    await stderr.WriteLineAsync($"extract: warning: {outcome.Explanation ?? "listing cut short, so no posting is counted as missing"}");
                }
                else
                {
                    await stderr.WriteLineAsync($"extract: {summary}{(outcome.Explanation is null ? "" : $"; {outcome.Explanation}")}");
                }
            }
            else
            {
                await stdout.WriteAsync(PreviewText.Format(source.Url, summary, outcome, items));
            }

            return 0;
        }
        catch (FetchException e) when (e.Failure == FetchFailure.PrivateAddress && !arguments.AllowPrivateNetwork)
        {
            await stderr.WriteLineAsync($"extract: error: {e.Message}; pass --allow-private-network to read a page inside your own network");
            return 1;
        }
        catch (Exception e) when (e is FetchException or SourcesFileException or FileNotFoundException or ArgumentException)
        {
            await stderr.WriteLineAsync($"extract: error: {e.Message}");
            return 1;
        }
    }

    private static ServiceProvider BuildServices(ExtractArguments arguments)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        if (arguments.SourcesPath is not null)
        {
            configuration["Sources:Path"] = arguments.SourcesPath;
        }

        // Sample sources name the demo's sample-site address, so their rules match the URLs the demo serves.
        configuration["SampleSites:BaseUrl"] ??= configuration["SampleSites:Urls"]?.TrimEnd('/');

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddFilter((category, level) => level >= LogLevel.Warning && category?.StartsWith("JobAggregator", StringComparison.Ordinal) == true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSourceCatalog(configuration);
        services.AddScraper();
        services.AddNormalizer();
        return services.BuildServiceProvider();
    }

    private static (SourceDefinition Source, IPageFetcher Fetcher, string Rules) Resolve(ExtractArguments arguments, ServiceProvider services)
    {
        var http = services.GetRequiredService<IPageFetcher>();
        Uri pageUrl;
        IPageFetcher fetcher;
        if (Uri.TryCreate(arguments.Target, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            pageUrl = url;
            fetcher = http;
        }
        else
        {
            var path = Path.GetFullPath(arguments.Target);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"no such file: {path} (give an http(s) URL or a saved page)");
            }

            pageUrl = arguments.BaseUrl ?? new Uri(path);
            fetcher = new FilePageFetcher(path, pageUrl, http);
        }

        var catalog = services.GetRequiredService<SourceCatalog>();
        var (source, rules) = SourceRules.Choose(catalog, arguments.SourceId, pageUrl, arguments.AllowPrivateNetwork);
        return (source, fetcher, rules);
    }
}
