using System.Text;
using CsCheck;

namespace JobAggregator.Scraper.Tests.Fuzzing;

/// <summary>Generated pages as an attacker or a broken CMS would serve them: HTML nested thousands deep, unclosed,
/// with huge attributes and every kind of embedded data; JSON nested deep, with huge numbers and the wrong types in a
/// hiring tool's or schema.org's fields; feeds with entities, DOCTYPEs and unclosed tags; bodies in odd charsets. Every
/// size is capped so a property's iterations stay cheap.</summary>
internal static class HostileInputs
{
    public const int MaxNesting = 3_000;
    public const int MaxAttribute = 20_000;

    private static readonly string[] HtmlTokens =
    [
        "<div>", "<div class=\"job\">", "<div class=\"job-listing\">", "</div>", "<li>", "</li>", "<ul>", "</ul>",
        "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<thead>", "<tbody>", "<th>Location</th>",
        "<a href=\"/jobs/1\">", "<a href=\"jobs/2?x=1#y\">", "<a href=\"javascript:alert(1)\">", "<a href=\"//[::1\">",
        "<a href=\"http://%zz\">", "<a href=\"mailto:\">", "<a rel=\"next\" href=\"?page=2\">Next</a>", "</a>",
        "<h1>", "<h2>", "<h3 class=\"job-title\">", "</h2>", "</h3>", "<p>", "</p>", "<br>", "<b>", "<i>", "</b>",
        "<script>", "</script>", "<style>", "</style>", "<template>", "<select>", "<textarea>", "<title>", "<noscript>",
        "<iframe>", "<math>", "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>", "<form>", "<frameset>", "<xmp>",
        "<plaintext>", "<!--", "-->", "<!DOCTYPE html>", "<?xml version=\"1.0\"?>", "<![CDATA[", "]]>", "</", "<", ">",
        "<div itemscope itemtype=\"https://schema.org/JobPosting\">", "<span itemprop=\"title\">",
        "<span itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\">",
        "<meta itemprop=\"datePosted\" content=\"2020-01-01\">", "<div itemscope itemref=\"loop\" id=\"loop\">",
        "<span itemprop=\"baseSalary\" content=\"1e999999\">", "<div vocab=\"https://schema.org/\" typeof=\"JobPosting\">",
        "<span property=\"title\">", "<span property=\"jobLocation\" typeof=\"Place\">",
        "<iframe src=\"https://boards.greenhouse.io/embed/job_board?for=acme\"></iframe>",
        "<a href=\"https://jobs.lever.co/acme\">", "<script src=\"https://boards.greenhouse.io/embed/job_board/js?for=\">",
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\">",
        "<meta charset=\"utf-7\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-32\">",
        "Staff Attorney", "Paralegal II", "Careers", "Join our team", "Open positions", "Apply now", "Location:",
        "Boston, MA", "Salary: $50,000 – $60,000", "Closing date: 31/02/2020", "Full-time", "Remote", "Next »",
        "&amp;", "&lt;script&gt;", "&#x110000;", "&#0;", "&#xD800;", "&notanentity;", "&", "\u0000", "\uFFFD",
        "\uD800", "\u202E", "台北", "é", " ", "\n", "\t",
    ];

    private static readonly string[] JsonKeys =
    [
        "@context", "@type", "@graph", "@id", "title", "name", "jobs", "absolute_url", "location", "content",
        "updated_at", "first_published", "text", "hostedUrl", "applyUrl", "categories", "createdAt", "description",
        "lists", "hiringOrganization", "jobLocation", "address", "addressLocality", "baseSalary", "value", "minValue",
        "maxValue", "unitText", "currency", "datePosted", "validThrough", "employmentType", "url", "items", "data",
        "postings", "results", "id", "version", "content_html", "_job", "", "\u0000", "title\uD800",
    ];

    private static readonly string[] JsonScalars =
    [
        "null", "true", "false", "0", "-0", "1e999999", "-1e999999", "1.5e-400", "123456789012345678901234567890123456789",
        "\"JobPosting\"", "\"https://schema.org\"", "\"Staff Attorney\"", "\"<script>alert(1)</script>\"",
        "\"&lt;img src=x onerror=alert(1)&gt;\"", "\"javascript:alert(1)\"", "\"//[::1\"", "\"2020-13-45\"",
        "\"\\ud800\"", "\"\\u0000\"", "\"\"", "\"YEAR\"", "\"USD\"", "\"/jobs/1\"", "\"1e999999\"",
    ];

    private static readonly string[] XmlTokens =
    [
        "<item>", "</item>", "<entry>", "</entry>", "<job>", "</job>", "<title>", "</title>", "<link>", "</link>",
        "<link href=\"/jobs/1\"/>", "<link href=\"javascript:alert(1)\"/>", "<description>", "</description>",
        "<content type=\"html\">", "</content>", "<pubDate>", "</pubDate>", "<updated>", "</updated>",
        "<category domain=\"location\">", "</category>", "<job:salary>", "<![CDATA[", "]]>", "<![CDATA[<p>ad</p>]]>",
        "&amp;", "&lt;", "&nbsp;", "&e;", "&x;", "&lol9;", "&#0;", "&#xFFFF;", "<!-- c -->", "<?pi x?>", "</", "<", ">",
        "Staff Attorney", "Mon, 07 Oct 2024 09:00:00 +0000", "2024-13-45T99:00:00Z", "https://example.org/jobs/1",
        "Boston, MA", "$50,000 per year", "\u0000", "\uFFFD",
    ];

    private static readonly string[] XmlPrologs =
    [
        "", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"utf-7\"?>",
        "<?xml version=\"1.1\"?>", "\uFEFF<?xml version=\"1.0\"?>",
        "<!DOCTYPE rss [<!ENTITY e \"Staff Attorney\">]>",
        "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/rss.dtd\">",
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>",
    ];

    private static readonly string[] XmlRoots =
    [
        "<rss version=\"2.0\" xmlns:job=\"https://jobs.example/ns\"><channel><title>Jobs</title>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Jobs</title>", "<source><publisher>Board</publisher>",
        "<jobs>", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", "",
    ];

    private static readonly string[] XmlEnds = ["</channel></rss>", "</feed>", "</source>", "</jobs>", "", "</rss>"];

    public static readonly string[] OddContentTypes =
    [
        "text/html; charset=utf-7", "text/html; charset=utf-32", "text/html; charset=x-nonsense", "text/html; charset=\"",
        "text/html; charset=", "text/html;charset=iso-2022-jp", "text/html; charset=utf-16", "text/html; charset=UTF-8",
        "text/html; charset=windows-1252", "text/html; charset=ebcdic-cp-us", "application/xhtml+xml", "text/plain", "", null!,
    ];

    /// <summary>An element nested <paramref name="depth"/> deep, closed or not.</summary>
    public static Gen<string> Nested { get; } = Gen.Select(Gen.Int[1, MaxNesting], Gen.OneOf("div", "li", "table", "b", "span", "a"), Gen.Bool)
        .Select((depth, tag, closed) => Repeat($"<{tag}>", depth) + "Staff Attorney" + (closed ? Repeat($"</{tag}>", depth) : ""));

    public static Gen<string> HugeAttribute { get; } = Gen.Select(Gen.Int[1, MaxAttribute], Gen.OneOf("class", "href", "title", "content", "data-x"))
        .Select((size, name) => $"<div {name}=\"{new string('a', size)}\">Staff Attorney</div>");

    public static Gen<string> Json { get; } = Gen.Frequency(
        (6, JsonValue(4)),
        (3, Gen.Select(JsonValue(2), JsonValue(2), JsonValue(2), JsonValue(2)).Select((title, url, location, content) =>
            $"{{\"jobs\":[{{\"absolute_url\":{url},\"title\":{title},\"location\":{location},\"content\":{content},\"updated_at\":{title}}}],\"meta\":{{\"total\":{location}}}}}")),
        (3, Gen.Select(JsonValue(2), JsonValue(2), JsonValue(2), JsonValue(2)).Select((text, url, categories, description) =>
            $"[{{\"text\":{text},\"hostedUrl\":{url},\"applyUrl\":{url},\"categories\":{categories},\"createdAt\":{text},\"description\":{description},\"lists\":{categories}}}]")),
        (3, Gen.Select(JsonValue(2), JsonValue(2), JsonValue(2), JsonValue(2)).Select((title, organization, place, salary) =>
            $"{{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":{title},\"hiringOrganization\":{organization},\"jobLocation\":{place},\"baseSalary\":{salary},\"datePosted\":{title},\"validThrough\":{salary}}}")),
        (2, Gen.Select(JsonValue(2), JsonValue(2)).Select((title, html) =>
            $"{{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{{\"id\":{title},\"title\":{title},\"content_html\":{html},\"url\":{title}}}]}}")),
        (1, Gen.Select(Gen.Int[1, MaxNesting], Gen.Bool).Select((depth, closed) => Repeat("[{\"title\":", depth) + "1" + (closed ? Repeat("}]", depth) : ""))),
        (1, Gen.Select(Gen.Int[1, MaxNesting], Gen.Bool).Select((depth, closed) => Repeat("[", depth) + (closed ? Repeat("]", depth) : ""))));

    public static Gen<string> Html { get; } = Gen.Frequency(
            (40, Gen.OneOf(HtmlTokens)),
            (4, Json.Select(json => $"<script type=\"application/ld+json\">{json}</script>")),
            (1, Nested),
            (1, HugeAttribute))
        .Array[0, 60]
        .Select(string.Concat);

    public static Gen<string> Xml { get; } = Gen.Select(
            Gen.OneOf(XmlPrologs),
            Gen.OneOf(XmlRoots),
            Gen.Frequency(
                    (30, Gen.OneOf(XmlTokens)),
                    (1, Gen.Int[1, MaxNesting].Select(depth => Repeat("<item>", depth))),
                    (1, Gen.Int[1, MaxAttribute].Select(size => $"<title>{new string('a', size)}</title>")))
                .Array[0, 60],
            Gen.OneOf(XmlEnds))
        .Select((prolog, root, body, end) => prolog + root + string.Concat(body) + end);

    /// <summary>A body in bytes: generated HTML in one encoding or another, or plain noise.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Frequency(
        (3, Gen.Select(Html, Gen.OneOf("utf-8", "utf-16", "utf-32", "latin1", "utf-16BE"))
            .Select((html, encoding) => Encoding.GetEncoding(encoding).GetBytes(html))),
        (1, Gen.Byte.Array[0, 4_000]));

    private static Gen<string> JsonValue(int depth)
    {
        var scalar = Gen.OneOf(JsonScalars);
        if (depth == 0)
        {
            return scalar;
        }

        var inner = JsonValue(depth - 1);
        var array = inner.Array[0, 5].Select(items => "[" + string.Join(',', items) + "]");
        var obj = Gen.Select(Gen.OneOf(JsonKeys), inner).Array[0, 6]
            .Select(members => "{" + string.Join(',', members.Select(m => System.Text.Json.JsonSerializer.Serialize(m.Item1) + ":" + m.Item2)) + "}");
        return Gen.Frequency((3, scalar), (2, array), (3, obj));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
