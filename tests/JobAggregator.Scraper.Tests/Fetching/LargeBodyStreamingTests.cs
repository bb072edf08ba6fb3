using System.Globalization;
using System.Text;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Tests.Scraping;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>Large bodies read as they stream in, with and without a declared length, over real HTTP on loopback: the
/// same bytes and the same postings either way, and the existing caps and their errors kept at the byte.</summary>
public sealed class LargeBodyStreamingTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    /// <summary>Sizes on either side of the reader's chunk boundaries (16 KiB doubling to 80 KiB) and one of several
    /// megabytes.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(80 * 1024)]
    [InlineData((16 + 32 + 64 + 80) * 1024)]
    [InlineData((16 + 32 + 64 + 80) * 1024 + 1)]
    [InlineData(3 * 1024 * 1024 + 7)]
    public async Task A_body_arrives_byte_for_byte_with_or_without_a_declared_length(int size)
    {
        var body = Numbered(size);
        Serve("/declared/", body, declareLength: true);
        Serve("/streamed/", body, declareLength: false);
        await using var services = FetchingServices.Build();

        var declared = await services.Fetcher().FetchAsync(_site.Url("/declared/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);
        var streamed = await services.Fetcher().FetchAsync(_site.Url("/streamed/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(body, declared.Body);
        Assert.Equal(body, streamed.Body);
    }

    [Fact]
    public async Task A_streamed_body_of_exactly_the_cap_is_read_whole()
    {
        var body = Numbered(200_000);
        Serve("/jobs/", body, declareLength: false);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", "200000"));

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(body, page.Body);
    }

    [Fact]
    public async Task A_streamed_body_one_byte_over_the_cap_fails_with_the_limit_named()
    {
        Serve("/jobs/", Numbered(200_001), declareLength: false);
        await using var services = FetchingServices.Build(("Scraper:MaxResponseBytes", "200000"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.TooLarge, error.Failure);
        Assert.Contains("response is larger than the limit of 200000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hiring_tool_board_of_20000_jobs_streamed_without_a_length_gives_the_same_postings_as_with_one()
    {
        var answer = Encoding.UTF8.GetBytes(GreenhouseAnswer(20_000));
        Serve("/declared/v1/boards/example/jobs", answer, declareLength: true, "application/json");
        Serve("/streamed/v1/boards/example/jobs", answer, declareLength: false, "application/json");
        (string, string)[] settings = [("Scraper:MaxPostingsPerRun", "25000"), ("Scraper:MaxResponseBytes", "20000000")];

        var (declared, _) = await ConsumerRun.ScrapeAsync(Source("/declared/v1/boards/example/jobs"), settings);
        var (streamed, completed) = await ConsumerRun.ScrapeAsync(Source("/streamed/v1/boards/example/jobs"), settings);

        Assert.True(answer.Length > 3_000_000, $"the board is {answer.Length} bytes");
        Assert.Equal("greenhouse", completed.ExtractedBy);
        Assert.False(completed.ListingTruncated);
        Assert.Equal(20_000, streamed.Count);
        Assert.Equal(declared.Select(Fields), streamed.Select(Fields));
    }

    [Fact]
    public async Task A_hiring_tool_board_streamed_past_the_cap_fails_the_run_with_the_limit_named()
    {
        var answer = Encoding.UTF8.GetBytes(GreenhouseAnswer(2_000));
        Serve("/v1/boards/example/jobs", answer, declareLength: false, "application/json");

        var (postings, ended) = await ConsumerRun.EndAsync(
            Source("/v1/boards/example/jobs"), _ => { }, ("Scraper:MaxResponseBytes", (answer.Length - 1).ToString(CultureInfo.InvariantCulture)));

        Assert.Empty(postings);
        var failed = Assert.IsType<ScrapeFailed>(ended);
        Assert.Contains($"larger than the limit of {answer.Length - 1} bytes", failed.Reason, StringComparison.Ordinal);
    }

    private static (string PostingKey, string Title, string? Url, string? LocationText, string? DescriptionHtml) Fields(PostingScraped posting) =>
        (posting.PostingKey, posting.Title, posting.Url, posting.LocationText, posting.DescriptionHtml);

    /// <summary>Bytes that differ from position to position, so a chunk copied to the wrong place shows.</summary>
    private static byte[] Numbered(int size)
    {
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = (byte)(i * 31 + i / 251);
        }

        return bytes;
    }

    private void Serve(string path, byte[] body, bool declareLength, string contentType = "application/octet-stream") =>
        _site.Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            if (declareLength)
            {
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
                return;
            }

            // Uneven pieces, flushed one by one: chunked transfer, reads of every size.
            var at = 0;
            for (var piece = 1; at < body.Length; piece = piece * 3 % 65_521 + 1)
            {
                var length = Math.Min(piece, body.Length - at);
                await context.Response.Body.WriteAsync(body.AsMemory(at, length), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                at += length;
            }
        });

    /// <summary>A Greenhouse job-board answer, each job with its ad (content), so no detail request is made.</summary>
    private static string GreenhouseAnswer(int jobs)
    {
        var answer = new StringBuilder("{\"jobs\":[");
        for (var i = 0; i < jobs; i++)
        {
            answer.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $"{{\"id\":{i + 1},\"title\":\"Paralegal {i}\",\"absolute_url\":\"https://boards.greenhouse.io/example/jobs/{i + 1}\",\"first_published\":\"2024-03-01T10:00:00-04:00\",\"location\":{{\"name\":\"Springfield, IL\"}},\"content\":\"&lt;p&gt;Support attorneys on case {i}, drafting motions and keeping the docket.&lt;/p&gt;&lt;p&gt;Pay: $52,000 to $61,000 a year.&lt;/p&gt;\"}}");
        }

        return answer.Append("],\"meta\":{\"total\":").Append(jobs).Append("}}").ToString();
    }

    private SourceDefinition Source(string path) =>
        new("stream-test", "Example Innocence Project", _site.Url(path), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
}
