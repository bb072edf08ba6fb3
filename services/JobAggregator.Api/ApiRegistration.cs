using System.IO.Compression;
using System.Text.Encodings.Web;
using JobAggregator.Api.Admin;
using JobAggregator.Api.Alerts;
using JobAggregator.Api.Check;
using JobAggregator.Api.Crawlers;
using JobAggregator.Api.Embed;
using JobAggregator.Api.Feeds;
using JobAggregator.Api.Http;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Api.SourceAlerts;
using JobAggregator.Api.Sources;
using JobAggregator.Sources;
using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace JobAggregator.Api;

public static class ApiRegistration
{
    private const string PublicReadPolicy = "public-read";

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        // ASP.NET Core writes JSON with relaxed escaping; a posting's text is not ours, so <, > and & leave escaped, and
        // a JSON answer shown as a page or pasted into one stays inert.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.Default);
        services.AddRazorComponents();
        services.AddAlerts();
        services.AddSourceAlerts();
        services.AddPageCheck();
        services.AddAdmin();
        services.TryAddScoped<ConsoleActions>();
        services.TryAddSingleton(TimeProvider.System);

        // Built once from the sources catalog, which the Host registers for every role.
        services.TryAddSingleton(provider => OrganizationDirectory.From(provider.GetRequiredService<SourceCatalog>()));

        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/problem+json"]);
        });
        // Fastest: the answers are small and asked for often, so processor time matters more than the last few bytes.
        services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Fastest);

        services.AddOpenApi(openApi =>
        {
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "JobAggregator",
                    Version = "v1",
                    Description = "Open positions at the network's member organisations, as JSON and as feeds of any search.",
                };
                return Task.CompletedTask;
            });
            openApi.AddOperationTransformer<SearchParameterDocumentation>();
            // Every read also answers HEAD (HeadLikeGet); HTTP implies it, so the document lists each read once.
            var byDocument = openApi.ShouldInclude;
            openApi.ShouldInclude = description => !HttpMethods.IsHead(description.HttpMethod ?? "") && byDocument(description);
        });

        // Members' sites read their openings from the browser: anyone may GET the search and the feeds.
        services.AddCors(cors => cors.AddPolicy(PublicReadPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After")));

        // Whole answers kept until the store changes; the bodies are small, and the searches asked often are few.
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = 64 * 1024 * 1024;
            cache.AddPolicy(StoreVersionCachePolicy.Name, new StoreVersionCachePolicy());
            cache.AddPolicy(StoreVersionCachePolicy.WithStoreWritesName, new StoreVersionCachePolicy(
                http => SourceEndpoints.StoreError(http.RequestServices.GetRequiredService<StoreWriteHealth>()) ?? ""));
        });

        services.TryAddSingleton<SharedPageCache>();
        services.TryAddSingleton<UnconfirmedSources>();

        services.AddOptions<SearchRateLimitOptions>().BindConfiguration(SearchRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IServiceProvider>((limiter, provider) => SearchRateLimiter.Configure(limiter, provider));
        return services;
    }

    /// <summary>The api role's middleware, before its endpoints: errors as ProblemDetails (pages keep their own HTML),
    /// CORS for the search and the feeds, the rate limits, kept answers, compression, and antiforgery for the alert forms.</summary>
    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(ErrorAnswers.WriteAsync);
        app.UseCors();
        app.UseRateLimiter();
        // Before compression, so a kept answer is kept compressed, once per encoding asked for.
        app.UseOutputCache();
        app.UseResponseCompression();
        // Before antiforgery, whose tokens are the signed-in operator's on the console's forms.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder routes)
    {
        var endpoints = routes.MapGroup("").AnswerHeadLikeGet();

        // Everything read from the postings answers 304 when the store has not changed since the client's copy.
        var fromStore = endpoints.MapGroup("")
            .AddEndpointFilter<SingleValuedQuery>()
            .AddEndpointFilter<StoreValidators>()
            .CacheOutput(StoreVersionCachePolicy.Name);
        fromStore.MapPages();
        endpoints.MapAlerts();
        endpoints.MapPageCheck();
        fromStore.MapGroup("").RequireCors(PublicReadPolicy).MapFeeds();
        fromStore.MapCrawlerFiles();
        fromStore.MapEmbed();
        fromStore.MapGroup("/api").RequireCors(PublicReadPolicy).MapJobs();
        endpoints.MapGroup("/api").MapSources();
        endpoints.MapAdmin();
        endpoints.MapOpenApi();
        endpoints.MapScalarApiReference("/docs", scalar => scalar.WithTitle("JobAggregator API"));
        return routes;
    }
}
