using System.IO.Compression;
using System.Text;
using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>Caps on the body before and after decompression, and decompression done by the fetcher.</summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private static readonly string Page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>Staff Attorney</p>", 200)) + "</body></html>";
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_body_declared_larger_than_the_cap_is_refused()
    {
        Serve("/big/", new byte[10_000], encoding: null, declareLength: true);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", "2048"));

        var error = await FetchFailing(services, "/big/");

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains("response of 10000 bytes is larger than the limit of 2048 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_without_a_length_is_cut_off_at_the_cap()
    {
        Serve("/big/", new byte[10_000], encoding: null, declareLength: false);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", "2048"));

        var error = await FetchFailing(services, "/big/");

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains("larger than the limit of 2048 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_at_the_decompressed_cap()
    {
        var bomb = Compress(new byte[20 * 1024 * 1024], "gzip");
        Serve("/bomb/", bomb, "gzip", declareLength: true);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", "65536"));

        var error = await FetchFailing(services, "/bomb/");

        Assert.True(bomb.Length < 65536, $"the bomb is {bomb.Length} bytes compressed");
        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains("decompressed response is larger than the limit of 65536 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compressed_body_declared_larger_than_the_transfer_cap_is_refused()
    {
        var compressed = Compress(RandomBytes(20_000), "gzip");
        Serve("/big/", compressed, "gzip", declareLength: true);
        await using var services = FetchingServices.Build(("Scraper:MaxTransferBytes", "4096"));

        var error = await FetchFailing(services, "/big/");

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains($"compressed response of {compressed.Length} bytes is larger than the transfer limit of 4096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compressed_body_without_a_length_is_cut_off_at_the_transfer_cap()
    {
        Serve("/big/", Compress(RandomBytes(20_000), "br"), "br", declareLength: false);
        await using var services = FetchingServices.Build(("Scraper:MaxTransferBytes", "4096"));

        var error = await FetchFailing(services, "/big/");

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains("compressed response is larger than the transfer limit of 4096 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Decompresses_what_it_asked_for(string encoding)
    {
        Serve("/jobs/", Compress(Encoding.UTF8.GetBytes(Page), encoding), encoding, declareLength: true);
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(Page, Encoding.UTF8.GetString(page.Body));
        var accepted = Assert.Single(_site.RequestsTo("/jobs/")).Header("Accept-Encoding");
        Assert.Contains(encoding, accepted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_encoding_it_did_not_ask_for_fails_as_bad_encoding()
    {
        Serve("/jobs/", Encoding.UTF8.GetBytes(Page), "zstd", declareLength: true);
        await using var services = FetchingServices.Build();

        var error = await FetchFailing(services, "/jobs/");

        Assert.Equal(FetchFailure.BadEncoding, error.Failure);
        Assert.Contains("'zstd'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_does_not_decompress_fails_as_bad_encoding()
    {
        Serve("/jobs/", Encoding.UTF8.GetBytes("this is not gzip at all, not even close"), "gzip", declareLength: true);
        await using var services = FetchingServices.Build();

        var error = await FetchFailing(services, "/jobs/");

        Assert.Equal(FetchFailure.BadEncoding, error.Failure);
    }

    private Task<FetchException> FetchFailing(ServiceProvider services, string path) =>
        Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url(path), FetchingServices.Loopback, TestContext.Current.CancellationToken));

    private void Serve(string path, byte[] body, string? encoding, bool declareLength) =>
        _site.Map(path, async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            if (encoding is not null)
            {
                context.Response.Headers.ContentEncoding = encoding;
            }

            if (declareLength)
            {
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
                return;
            }

            foreach (var chunk in body.Chunk(1024))
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(4).NextBytes(bytes);
        return bytes;
    }
}
