using System.Runtime.ExceptionServices;
using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Tests.HiringTools;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary><see cref="IPageFetcher.TryFetchAsync"/>: a page that cannot be read is an answer, and fetchers that know it
/// without a request (no network) give that answer without throwing, so a board that is not there costs no exception.</summary>
public sealed class FetchAttemptTests
{
    [Fact]
    public async Task A_fetcher_s_failure_is_answered_rather_than_thrown()
    {
        IPageFetcher fetcher = new RecordingPageFetcherFake();

        var attempt = await fetcher.TryFetchAsync(new Uri("https://example.org/gone"), TestContext.Current.CancellationToken);

        Assert.Null(attempt.Page);
        Assert.NotNull(attempt.Failure);
        Assert.True(attempt.Failure.PageIsGone);
    }

    [Fact]
    public async Task A_page_that_can_be_read_is_answered_as_fetched()
    {
        var url = new Uri("https://example.org/jobs");
        IPageFetcher fetcher = new RecordingPageFetcherFake().Serving(url, "<p>Paralegal</p>"u8.ToArray(), "text/html");

        var attempt = await fetcher.TryFetchAsync(url, TestContext.Current.CancellationToken);

        Assert.Null(attempt.Failure);
        Assert.NotNull(attempt.Page);
        Assert.Equal("<p>Paralegal</p>", Encoding.UTF8.GetString(attempt.Page.Body));
    }

    [Fact]
    public async Task The_no_network_fetcher_answers_not_found_without_throwing()
    {
        IPageFetcher fetcher = NoNetworkFetcher.Instance;
        var url = new Uri("https://example.org/no-network-answer");
        FetchAttempt? attempt = null;

        var thrown = await FetchExceptionsThrownForAsync("no-network-answer", async () =>
            attempt = await fetcher.TryFetchAsync(url, TestContext.Current.CancellationToken));

        Assert.Empty(thrown);
        Assert.NotNull(attempt?.Failure);
        Assert.True(attempt.Failure.PageIsGone);
    }

    [Fact]
    public async Task An_embedded_board_that_is_not_there_costs_no_exception()
    {
        const string token = "boardthatisnotthere";
        var html = $"<html><body><h1>Careers</h1><iframe src=\"https://boards.greenhouse.io/embed/job_board?for={token}\"></iframe></body></html>";
        var page = new PageContent(new Uri("https://example.org/careers/"), Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");
        StrategyOutcome? outcome = null;

        var thrown = await FetchExceptionsThrownForAsync(token, async () => outcome = await HiringToolRun.ExtractAsync(page, NoNetworkFetcher.Instance));

        Assert.Empty(thrown);
        Assert.Null(outcome);
    }

    /// <summary>The fetch exceptions thrown (caught or not) while <paramref name="action"/> ran for a URL naming
    /// <paramref name="marker"/>: tests run in parallel, so only this test's URLs count.</summary>
    private static async Task<List<FetchException>> FetchExceptionsThrownForAsync(string marker, Func<Task> action)
    {
        var thrown = new List<FetchException>();
        void Record(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is FetchException fetch && fetch.Url.AbsoluteUri.Contains(marker, StringComparison.Ordinal))
            {
                lock (thrown)
                {
                    thrown.Add(fetch);
                }
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Record;
        try
        {
            await action();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Record;
        }

        return thrown;
    }
}
