using System.Globalization;
using System.Text;
using System.Text.Json;
using JobAggregator.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Benchmarks;

/// <summary>A synthetic hiring-tool board served on loopback: one Greenhouse-shaped Job Board API answer (with
/// <c>content</c>, so no detail page is read) per organisation, the postings dealt round-robin between them.</summary>
internal sealed class PipelineBoard : IAsyncDisposable
{
    private static readonly string[] Titles =
        ["Staff Attorney", "Paralegal", "Investigator", "Intake Specialist", "Communications Manager", "Development Director", "Policy Fellow", "Social Worker"];

    private static readonly string[] Cities = ["New York, NY", "Atlanta, GA", "Chicago, IL", "Houston, TX", "Denver, CO", "Seattle, WA", "Boston, MA", "Miami, FL"];

    private readonly WebApplication _server;
    private long _firstRequestTicks;

    private PipelineBoard(WebApplication server, Uri baseUrl, int organisations)
    {
        _server = server;
        BaseUrl = baseUrl;
        Organisations = organisations;
    }

    public Uri BaseUrl { get; }
    public int Organisations { get; }

    /// <summary>When the first board answer since <see cref="ResetFirstRequest"/> went out (Stopwatch ticks); 0 before.</summary>
    public long FirstRequestTicks => Interlocked.Read(ref _firstRequestTicks);

    public void ResetFirstRequest() => Interlocked.Exchange(ref _firstRequestTicks, 0);

    public static string OrganisationName(int organisation) => $"Member Organisation {organisation}";

    public static string SourceId(int organisation) => $"member-{organisation}";

    public Uri BoardUrl(int organisation) => new(BaseUrl, $"v1/boards/member-{organisation}/jobs?content=true");

    public static async Task<PipelineBoard> StartAsync(int postings, int organisations)
    {
        var boards = new byte[organisations][];
        for (var organisation = 0; organisation < organisations; organisation++)
        {
            boards[organisation] = Board(organisation, postings, organisations);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        PipelineBoard? board = null;
        server.MapGet("/v1/boards/member-{organisation:int}/jobs", async (int organisation, HttpContext context) =>
        {
            if (organisation < 0 || organisation >= boards.Length)
            {
                return Results.NotFound();
            }

            Interlocked.CompareExchange(ref board!._firstRequestTicks, System.Diagnostics.Stopwatch.GetTimestamp(), 0);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(boards[organisation], context.RequestAborted);
            return Results.Empty;
        });
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        board = new PipelineBoard(server, new Uri(address.TrimEnd('/') + "/"), organisations);
        return board;
    }

    /// <summary>The sources file naming every board; the schedule is far off, the run at start-up is the one measured.</summary>
    public string SourcesYaml()
    {
        var yaml = new StringBuilder("sources:\n");
        for (var organisation = 0; organisation < Organisations; organisation++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - id: {SourceId(organisation)}
                    organization: {OrganisationName(organisation)}
                    url: {BoardUrl(organisation)}
                    country: US
                    schedule: "0 0 0 1 1 ? 2099"
                    allowPrivateNetwork: true

                """);
        }

        return yaml.ToString();
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static byte[] Board(int organisation, int postings, int organisations)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("jobs");
            for (var i = organisation; i < postings; i += organisations)
            {
                var ad = Ad.Of(i, organisation);
                json.WriteStartObject();
                json.WriteNumber("id", ad.Id);
                json.WriteString("absolute_url", ad.Url);
                json.WriteString("title", ad.Title);
                json.WriteString("company_name", OrganisationName(organisation));
                json.WriteString("first_published", ad.FirstPublished);
                json.WriteStartObject("location");
                json.WriteString("name", ad.City);
                json.WriteEndObject();
                json.WriteStartArray("metadata");
                json.WriteStartObject();
                json.WriteString("name", "Employment Type");
                json.WriteString("value", ad.EmploymentType);
                json.WriteEndObject();
                json.WriteEndArray();
                // Greenhouse sends the ad's HTML escaped once more.
                json.WriteString("content", System.Net.WebUtility.HtmlEncode(ad.ContentHtml));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Posting <paramref name="posting"/> of the board as the scraper publishes it (the Greenhouse reader's
    /// fields): a real message to size the RabbitMQ baseline's with.</summary>
    public static PostingScraped Scraped(int posting, int organisations)
    {
        var organisation = posting % organisations;
        var ad = Ad.Of(posting, organisation);
        return new PostingScraped(
            SourceId(organisation), Guid.NewGuid(), DateTimeOffset.UtcNow, ad.Id.ToString(CultureInfo.InvariantCulture), ad.Title,
            OrganisationName(organisation), ad.City, ad.EmploymentType, null, null, ad.FirstPublished, null, ad.ContentHtml, ad.Url, null, "greenhouse")
        {
            SourceOrganization = OrganisationName(organisation),
            SourceCountry = "US",
        };
    }

    /// <summary>One posting's values, the same on the board and in <see cref="Scraped"/>.</summary>
    private sealed record Ad(long Id, string Url, string Title, string City, string FirstPublished, string EmploymentType, string ContentHtml)
    {
        public static Ad Of(int i, int organisation)
        {
            var title = $"{Titles[i % Titles.Length]} {Cities[i / Titles.Length % Cities.Length].Split(',')[0]} {i / 64}";
            var city = Cities[i / Titles.Length % Cities.Length];
            var id = 4_000_000_000L + i;
            return new Ad(
                id,
                $"https://job-boards.greenhouse.io/member-{organisation}/jobs/{id}",
                title,
                city,
                new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i % 40_000).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                i % 3 == 0 ? "Part-time" : "Full-time",
                $"<p><strong>{title}</strong> at {OrganisationName(organisation)} in {city}.</p><p>Represent clients, review case files and work with the team. Salary: ${50_000 + i % 50 * 1000:N0} - ${60_000 + i % 50 * 1000:N0} per year.</p>");
        }
    }
}
