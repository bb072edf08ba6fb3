using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>One Greenhouse-shaped Job Board API answer of many postings (with their content, so no detail page is read),
/// served on loopback for a scraper to read, each posting with its own title.</summary>
internal sealed class GreenhouseBoard : IAsyncDisposable
{
    private readonly WebApplication _server;

    private GreenhouseBoard(WebApplication server, Uri boardUrl)
    {
        _server = server;
        BoardUrl = boardUrl;
    }

    public Uri BoardUrl { get; }

    public static async Task<GreenhouseBoard> StartAsync(int postings)
    {
        var board = Board(postings);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        server.MapGet("/v1/boards/faults/jobs", () => Results.Bytes(board, "application/json"));
        await server.StartAsync();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GreenhouseBoard(server, new Uri($"{address.TrimEnd('/')}/v1/boards/faults/jobs?content=true"));
    }

    /// <summary>A sources file with this board as the source <paramref name="sourceId"/>, on a schedule that never comes
    /// round: its runs are the ones a test requests.</summary>
    public string SourcesYaml(string sourceId) => $"""
        sources:
          - id: {sourceId}
            organization: Fault Test Org
            url: {BoardUrl}
            country: US
            schedule: "0 0 0 1 1 ? 2099"
            allowPrivateNetwork: true

        """;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static byte[] Board(int postings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("jobs");
            for (var i = 0; i < postings; i++)
            {
                var id = 5_000_000_000L + i;
                json.WriteStartObject();
                json.WriteNumber("id", id);
                json.WriteString("absolute_url", $"https://job-boards.greenhouse.io/faults/jobs/{id}");
                json.WriteString("title", $"Staff Attorney {i:D5}");
                json.WriteString("company_name", "Fault Test Org");
                json.WriteString("first_published", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes(i)
                    .ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
                json.WriteStartObject("location");
                json.WriteString("name", "Atlanta, GA");
                json.WriteEndObject();
                // Greenhouse sends the ad's HTML escaped once more.
                json.WriteString("content", System.Net.WebUtility.HtmlEncode($"<p>Staff Attorney {i:D5}: represent clients.</p>"));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
