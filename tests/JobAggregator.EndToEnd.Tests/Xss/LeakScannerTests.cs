using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests.Xss;

/// <summary>The scanner the XSS corpus relies on finds what it is meant to find, so a corpus run that finds nothing
/// means nothing leaked.</summary>
public sealed class LeakScannerTests
{
    [Fact]
    public void Finds_scripts_handlers_script_urls_styles_and_frames_in_a_page_and_passes_its_json_ld()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"title":"Staff Attorney","url":"https://example.org/1"}</script></head>
            <body><img src=x onerror=alert(1)><a href=" java&#9;script:alert(1)">a</a><script>alert(1)</script>
            <div style="width: expression(alert(1))">x</div><iframe src="https://example.org/"></iframe>
            <form action="vbscript:msgbox(1)"></form><p>Pay &lt;script&gt; stays text</p></body></html>
            """;

        var leaks = LeakScanner.InHtmlPage("/page", page);

        Assert.Equal(6, leaks.Count);
        Assert.Empty(LeakScanner.InHtmlPage("/clean", """
            <html><head><script type="application/ld+json">{"description":"\u003cp\u003eAbout the role\u003c/p\u003e","url":"https://example.org/1"}</script></head>
            <body><a href="https://example.org/">Apply</a><p>Pay &lt;script&gt; stays text</p></body></html>
            """));
    }

    [Fact]
    public void Finds_markup_that_would_run_and_script_urls_in_a_json_answer_s_decoded_strings()
    {
        using var answer = JsonDocument.Parse("""
            {"items":[{"title":"\u003csvg onload=alert(1)\u003e","applyUrl":"JaVaScRiPt:alert(1)","descriptionText":"<script>x</script>",
              "description":"<p><a href=\"data:text/html,x\">a</a></p>","organization":{"name":"&lt;script&gt; as text"}}]}
            """);

        var leaks = LeakScanner.InJson("/api/jobs", answer.RootElement);

        Assert.Equal(5, leaks.Count);
    }

    [Fact]
    public void Finds_escaped_markup_that_a_reader_would_run_and_script_links_in_a_feed()
    {
        const string feed = """
            <rss version="2.0"><channel><item><title>Staff &amp;lt;script&amp;gt; text</title>
            <description>&lt;img src=x onerror=alert(1)&gt;</description><link>javascript:alert(1)</link></item></channel></rss>
            """;

        var leaks = LeakScanner.InFeed("/feeds/jobs.rss", feed);

        Assert.Equal(2, leaks.Count);
    }
}
