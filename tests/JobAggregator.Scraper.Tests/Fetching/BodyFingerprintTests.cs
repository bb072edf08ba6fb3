using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>A body fingerprinted as it arrives, over real HTTP on loopback: the same fingerprint as the body hashed
/// whole, whether its length is declared, it comes in chunks or compressed, and whether it is kept in memory or sent to
/// a file for its length; a body with the known fingerprint is not kept, any other is, and the caps hold either
/// way.</summary>
public sealed class BodyFingerprintTests : IAsyncLifetime
{
    private static readonly byte[] Answer = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{\"id\":{i}}},")));
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("declared", false)]
    [InlineData("chunked", false)]
    [InlineData("gzip", false)]
    [InlineData("declared", true)]
    [InlineData("chunked", true)]
    [InlineData("gzip", true)]
    public async Task The_fingerprint_is_that_of_the_prefix_and_the_whole_body(string delivery, bool spool)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build();

        var page = await Fetch(services, Fingerprint(known: null), spool);

        Assert.Equal(Answer, BodyOf(page, spool));
        Assert.Null(page.KnownBodyBytes);
        Assert.Equal(HashedWhole(page.Url, page.ContentType, Answer), page.Fingerprint);
    }

    [Theory]
    [InlineData("declared", false)]
    [InlineData("chunked", false)]
    [InlineData("gzip", false)]
    [InlineData("declared", true)]
    [InlineData("chunked", true)]
    [InlineData("gzip", true)]
    public async Task A_body_with_the_known_fingerprint_is_not_kept(string delivery, bool spool)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build();
        var first = await Fetch(services, Fingerprint(known: null), spool);

        var again = await Fetch(services, Fingerprint(first.Fingerprint), spool);

        Assert.Empty(again.Body);
        Assert.Null(again.Spooled);
        Assert.Equal(Answer.Length, again.KnownBodyBytes);
        Assert.Equal(first.Fingerprint, again.Fingerprint);
    }

    [Theory]
    [InlineData("declared", false)]
    [InlineData("chunked", false)]
    [InlineData("gzip", false)]
    [InlineData("declared", true)]
    [InlineData("chunked", true)]
    [InlineData("gzip", true)]
    public async Task A_body_that_changed_is_kept_whole_with_its_new_fingerprint(string delivery, bool spool)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build();
        var first = await Fetch(services, Fingerprint(known: null), spool);
        var changed = Answer.ToArray();
        changed[^2] = (byte)'!';
        Serve(delivery, changed);

        var again = await Fetch(services, Fingerprint(first.Fingerprint), spool);

        Assert.Equal(changed, BodyOf(again, spool));
        Assert.Null(again.KnownBodyBytes);
        Assert.Equal(HashedWhole(again.Url, again.ContentType, changed), again.Fingerprint);
    }

    [Theory]
    [InlineData("declared", false)]
    [InlineData("chunked", false)]
    [InlineData("gzip", false)]
    [InlineData("declared", true)]
    [InlineData("chunked", true)]
    [InlineData("gzip", true)]
    public async Task A_body_over_the_cap_fails_with_the_limit_named_even_when_expected_unchanged(string delivery, bool spool)
    {
        Serve(delivery, Answer);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", (Answer.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var error = await Assert.ThrowsAsync<FetchException>(() => Fetch(services, Fingerprint(known: UInt128.One), spool));

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains($"larger than the limit of {Answer.Length - 1} bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(_site.Url("/board"), error.Url);
    }

    /// <param name="spool">Ask for a body past a quarter of the answer to go to a file.</param>
    private Task<FetchedPage> Fetch(Microsoft.Extensions.DependencyInjection.ServiceProvider services, BodyFingerprint fingerprint, bool spool) =>
        services.Fetcher().FetchAsync(
            _site.Url("/board"),
            FetchingServices.Loopback with { Fingerprint = fingerprint, SpoolFromBytes = spool ? Answer.Length / 4 : null },
            TestContext.Current.CancellationToken);

    /// <summary>The body the page holds, in memory or in its file, where <paramref name="spooled"/> says.</summary>
    private static byte[] BodyOf(FetchedPage page, bool spooled)
    {
        if (!spooled)
        {
            Assert.Null(page.Spooled);
            return page.Body;
        }

        Assert.Empty(page.Body);
        using var file = Assert.IsType<SpooledBody>(page.Spooled);
        Assert.Equal(file.Length, page.BodyLength);
        return file.ReadAll();
    }

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
