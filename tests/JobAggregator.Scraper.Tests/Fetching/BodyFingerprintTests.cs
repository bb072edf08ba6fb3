using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>A body fingerprinted as it arrives, over real HTTP on loopback: the same fingerprint as the body hashed
/// whole, whether its length is declared, it comes in chunks or compressed; a body with the known fingerprint is not
/// kept, any other is, and the caps hold either way.</summary>
public sealed class BodyFingerprintTests : IAsyncLifetime
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{\"id\":{i}}},")));
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("declared")]
    [InlineData("chunked")]
    [InlineData("gzip")]
    public async Task The_fingerprint_is_that_of_the_prefix_and_the_whole_body(string delivery)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build();

        var page = await Fetch(services, Fingerprint(known: null));

        Assert.Equal(Answer, page.Body);
        Assert.Null(page.KnownBodyBytes);
        Assert.Equal(HashedWhole(page.Url, page.ContentType, Answer), page.Fingerprint);
    }

    [Theory]
    [InlineData("declared")]
    [InlineData("chunked")]
    [InlineData("gzip")]
    public async Task A_body_with_the_known_fingerprint_is_not_kept(string delivery)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build();
        var first = await Fetch(services, Fingerprint(known: null));

        var again = await Fetch(services, Fingerprint(first.Fingerprint));

        Assert.Empty(again.Body);
        Assert.Equal(Answer.Length, again.KnownBodyBytes);
        Assert.Equal(first.Fingerprint, again.Fingerprint);
    }

    [Theory]
    [InlineData("declared")]
    [InlineData("chunked")]
    [InlineData("gzip")]
    public async Task A_body_that_changed_is_kept_whole_with_its_new_fingerprint(string delivery)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build();
        var first = await Fetch(services, Fingerprint(known: null));
        var changed = Answer.ToArray();
        changed[^2] = (byte)'!';
        Serve(delivery, changed);

        var again = await Fetch(services, Fingerprint(first.Fingerprint));

        Assert.Equal(changed, again.Body);
        Assert.Null(again.KnownBodyBytes);
        Assert.Equal(HashedWhole(again.Url, again.ContentType, changed), again.Fingerprint);
    }

    [Theory]
    [InlineData("declared")]
    [InlineData("chunked")]
    [InlineData("gzip")]
    public async Task A_body_over_the_cap_fails_with_the_limit_named_even_when_expected_unchanged(string delivery)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", (Answer.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch(services, Fingerprint(known: UInt128.One)));

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains($"larger than the limit of {Answer.Length - 1} bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(_site.Url("/board"), error.Url);
    }

    private Task<FetchedPage> Fetch(Microsoft.Extensions.DependencyInjection.ServiceProvider services, BodyFingerprint fingerprint) =>
        services.Fetcher().FetchAsync(_site.Url("/board"), FetchingServices.Loopback with { Fingerprint = fingerprint }, TestContext.Current.CancellationToken);

    private static BodyFingerprint Fingerprint(UInt128? known) =>
        new((hash, url, contentType) => hash.AppendData(Encoding.UTF8.GetBytes($"{url}\n{contentType}\n")), known);

    private static UInt128 HashedWhole(Uri url, string? contentType, byte[] body)
    {
        var digest = SHA256.HashData([.. Encoding.UTF8.GetBytes($"{url}\n{contentType}\n"), .. body]);
        return new UInt128(BitConverter.ToUInt64(digest, 0), BitConverter.ToUInt64(digest, 8));
    }

    private void Serve(string delivery, byte[] body) =>
        _site.Map("/board", async context =>
        {
            context.Response.ContentType = "application/json";
            switch (delivery)
            {
                case "declared":
                    context.Response.ContentLength = body.Length;
                    await context.Response.Body.WriteAsync(body, context.RequestAborted);
                    break;
                case "chunked":
                    await WriteInPiecesAsync(context, body);
                    break;
                default:
                    context.Response.Headers.ContentEncoding = "gzip";
                    await WriteInPiecesAsync(context, Gzipped(body));
                    break;
            }
        });

    private static async Task WriteInPiecesAsync(HttpContext context, byte[] body)
    {
        for (var at = 0; at < body.Length; at += 7_001)
        {
            await context.Response.Body.WriteAsync(body.AsMemory(at, Math.Min(7_001, body.Length - at)), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }

    private static byte[] Gzipped(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
