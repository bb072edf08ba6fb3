using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace JobAggregator.EndToEnd.Tests.Xss;

/// <summary>Writes one site per kind of source, each carrying every vector of <see cref="XssVectors"/> in every field
/// it has: a JSON-LD page, a microdata page, a page read with configured CSS selectors, an RSS feed, an Atom feed, a
/// Greenhouse-shaped and a Lever-shaped API answer, and a careers page (with a detail page per opening) read by the
/// heuristics. Posting <c>i</c> carries markup vector <c>i</c> and script URL <c>i mod n</c>; every other posting links
/// to a script URL instead of a page of its own.</summary>
internal static class HostileSites
{
    public const string Organization = "Hostile Jobs";

    /// <summary>Source id, its folder's entry page, and the sources-file lines after <c>url</c>.</summary>
    public static readonly (string Id, string Page, string Rules)[] Sources =
    [
        ("xss-json-ld", "index.html", "strategy: auto"),
        ("xss-microdata", "index.html", "strategy: auto"),
        ("xss-css", "index.html", """
            strategy: css
                selectors:
                  item: div.opening
                  title: h3
                  link: a.more
                  location: p.where
                  employmentType: p.type
                  salary: p.pay
                  description: div.description
                  applyUrl: a.apply@href
            """),
        ("xss-rss", "feed.xml", "strategy: auto"),
        ("xss-atom", "feed.xml", "strategy: auto"),
        ("xss-greenhouse", "board.json", "strategy: auto"),
        ("xss-lever", "postings.json", "strategy: auto"),
        ("xss-careers", "index.html", "strategy: auto"),
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes the sites under <paramref name="root"/> and the sources file that reads them.</summary>
    /// <returns>The sources file's path.</returns>
    public static string Write(string root)
    {
        WriteFile(root, "xss-json-ld/index.html", JsonLdPage());
        WriteFile(root, "xss-microdata/index.html", MicrodataPage());
        WriteFile(root, "xss-css/index.html", SelectorsPage());
        WriteFile(root, "xss-rss/feed.xml", RssFeed());
        WriteFile(root, "xss-atom/feed.xml", AtomFeed());
        WriteFile(root, "xss-greenhouse/board.json", GreenhouseBoard());
        WriteFile(root, "xss-lever/postings.json", LeverPostings());
        WriteFile(root, "xss-careers/index.html", CareersPage());
        for (var i = 0; i < XssVectors.Markup.Count; i++)
        {
            WriteFile(root, $"xss-careers/jobs/{i}.html", CareersDetailPage(i));
        }

        var sources = new StringBuilder("sources:\n");
        foreach (var (id, page, rules) in Sources)
        {
            sources.Append($$"""
                  - id: {{id}}
                    organization: {{Organization}}
                    url: ${SampleSites:BaseUrl}/{{id}}/{{page}}
                    country: US
                    schedule: "0 0 0 1 1 ?"
                    allowPrivateNetwork: true
                    {{rules}}

                """);
        }

        var path = Path.Combine(root, "sources.xss.yaml");
        File.WriteAllText(path, sources.ToString());
        return path;
    }

    private static IEnumerable<int> Postings => Enumerable.Range(0, XssVectors.Markup.Count);

    private static string Vector(int i) => XssVectors.Markup[i];

    private static string ScriptUrl(int i) => XssVectors.Urls[i % XssVectors.Urls.Count];

    /// <param name="kind">Tells the sources' postings apart; the careers page's says what the job is, as the heuristics
    /// look for.</param>
    private static string Title(string kind, int i) => $"{kind} opening {i} {Vector(i)}";

    /// <summary>The posting's own link: a script URL for every other posting, else a page that exists (the listing
    /// itself, told apart by its query) so that following it finds something.</summary>
    private static string Link(string id, string page, int i) =>
        i % 2 == 0 ? ScriptUrl(i) : $"/{id}/{page}?job={i}";

    private static string Description(int i) =>
        $"<p>Opening {i} of the corpus, with its vector below.</p>{Vector(i)}<p>Apply by the link.</p><a href=\"{Attribute(ScriptUrl(i))}\">Apply</a>";

    private static string JsonLdPage()
    {
        var postings = Postings.Select(i => new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = Title("JSON-LD", i),
            ["description"] = Description(i),
            ["datePosted"] = "2026-11-20",
            ["validThrough"] = "2099-12-31",
            ["employmentType"] = "FULL_TIME " + Vector(i),
            ["url"] = Link("xss-json-ld", "index.html", i),
            ["hiringOrganization"] = new Dictionary<string, object?>
            {
                ["@type"] = "Organization",
                ["name"] = $"{Organization} {Vector(i)}",
                ["url"] = ScriptUrl(i),
                ["sameAs"] = ScriptUrl(i + 1),
                ["logo"] = ScriptUrl(i + 2),
            },
            ["jobLocation"] = new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["address"] = new Dictionary<string, object?>
                {
                    ["@type"] = "PostalAddress",
                    ["addressLocality"] = $"Boston {Vector(i)}",
                    ["addressRegion"] = "MA",
                    ["addressCountry"] = "US",
                },
            },
            ["baseSalary"] = new Dictionary<string, object?>
            {
                ["@type"] = "MonetaryAmount",
                ["currency"] = "USD",
                ["value"] = new Dictionary<string, object?> { ["@type"] = "QuantitativeValue", ["value"] = 50000, ["unitText"] = "YEAR" },
            },
        });
        return Page("JSON-LD careers", $"<script type=\"application/ld+json\">{JsonSerializer.Serialize(postings, Indented)}</script>",
            "<h1>Careers</h1><p>Our openings are listed in this page's data.</p>");
    }

    private static string MicrodataPage() => Page("Microdata careers", "", "<h1>Careers</h1>" + string.Concat(Postings.Select(i => $"""
        <div itemscope itemtype="https://schema.org/JobPosting">
          <h2 itemprop="title">{Title("Microdata", i)}</h2>
          <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
            <span itemprop="name">{Organization} {Vector(i)}</span> <a itemprop="url" href="{Attribute(ScriptUrl(i))}">website</a>
          </div>
          <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><span itemprop="address">Boston, MA {Vector(i)}</span></div>
          <meta itemprop="datePosted" content="2026-11-20">
          <span itemprop="employmentType">Full-time {Vector(i)}</span>
          <div itemprop="description">{Description(i)}</div>
          <a itemprop="url" href="{Attribute(Link("xss-microdata", "index.html", i))}">Read more</a>
        </div>

        """)));

    private static string SelectorsPage() => Page("Selector careers", "", "<h1>Join our team</h1>" + string.Concat(Postings.Select(i => $"""
        <div class="opening">
          <h3>{Title("Selectors", i)}</h3>
          <p class="where">Boston, MA {Vector(i)}</p>
          <p class="type">Full-time {Vector(i)}</p>
          <p class="pay">$50,000 a year {Vector(i)}</p>
          <div class="description">{Description(i)}</div>
          <a class="more" href="{Attribute(Link("xss-css", "index.html", i))}">More</a>
          <a class="apply" href="{Attribute(ScriptUrl(i + 1))}">Apply</a>
        </div>

        """)));

    private static string CareersPage() => Page("Careers", "", "<h1>Careers</h1><h2>Open positions</h2><ul class=\"jobs\">" + string.Concat(Postings.Select(i => $"""
        <li class="job"><h3><a href="jobs/{i}.html">{Title("Staff Attorney", i)}</a></h3><p>Boston, MA · Full-time</p></li>

        """)) + "</ul>");

    private static string CareersDetailPage(int i) => Page(Title("Staff Attorney", i), "", $"""
        <main><h1>{Title("Staff Attorney", i)}</h1>
        <div class="entry-content">
          <p><strong>Location:</strong> Boston, MA {Vector(i)}</p>
          <p><strong>Employment type:</strong> Full-time {Vector(i)}</p>
          <p><strong>Salary:</strong> $50,000 per year {Vector(i)}</p>
          <p>We are looking for someone to join the team and help with the work of the organisation. The role suits a
          person who enjoys careful work, writes well and likes working with others. Training is given.</p>
          {Description(i)}
          <p><a class="apply" href="{Attribute(ScriptUrl(i + 1))}">Apply now</a></p>
        </div></main>
        """);

    private static string RssFeed() => Xml(writer =>
    {
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", "Hostile Jobs openings");
        writer.WriteElementString("link", "https://hostile.example/");
        writer.WriteElementString("description", "Job openings");
        foreach (var i in Postings)
        {
            writer.WriteStartElement("item");
            writer.WriteElementString("title", Title("RSS", i));
            writer.WriteElementString("link", Link("xss-rss", "feed.xml", i));
            writer.WriteElementString("guid", $"rss-{i}");
            writer.WriteElementString("pubDate", "Fri, 20 Nov 2026 09:00:00 +0000");
            writer.WriteStartElement("category");
            writer.WriteAttributeString("domain", "location");
            writer.WriteString($"Boston, MA {Vector(i)}");
            writer.WriteEndElement();
            writer.WriteStartElement("description");
            writer.WriteCData(Description(i).Replace("]]>", "]]&gt;", StringComparison.Ordinal));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static string AtomFeed() => Xml(writer =>
    {
        const string Atom = "http://www.w3.org/2005/Atom";
        writer.WriteStartElement("feed", Atom);
        writer.WriteElementString("title", Atom, "Hostile Jobs openings");
        writer.WriteElementString("id", Atom, "urn:hostile:openings");
        writer.WriteElementString("updated", Atom, "2026-11-20T09:00:00Z");
        foreach (var i in Postings)
        {
            writer.WriteStartElement("entry", Atom);
            writer.WriteStartElement("title", Atom);
            writer.WriteAttributeString("type", "html");
            writer.WriteString(Title("Atom", i));
            writer.WriteEndElement();
            writer.WriteElementString("id", Atom, $"urn:hostile:atom-{i}");
            writer.WriteStartElement("link", Atom);
            writer.WriteAttributeString("href", Link("xss-atom", "feed.xml", i));
            writer.WriteEndElement();
            writer.WriteElementString("updated", Atom, "2026-11-20T09:00:00Z");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, $"{Organization} {Vector(i)}");
            writer.WriteElementString("uri", Atom, ScriptUrl(i + 1));
            writer.WriteEndElement();
            writer.WriteStartElement("content", Atom);
            writer.WriteAttributeString("type", "html");
            writer.WriteString(Description(i));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static string GreenhouseBoard() => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["jobs"] = Postings.Select(i => new Dictionary<string, object?>
        {
            ["absolute_url"] = i % 2 == 0 ? ScriptUrl(i) : $"https://job-boards.greenhouse.io/hostile/jobs/{4000 + i}",
            ["internal_job_id"] = 3000 + i,
            ["id"] = 4000 + i,
            ["title"] = Title("Greenhouse", i),
            ["updated_at"] = "2026-11-20T09:00:00-05:00",
            ["first_published"] = "2026-11-20T09:00:00-05:00",
            ["requisition_id"] = Vector(i),
            ["location"] = new Dictionary<string, object?> { ["name"] = $"Boston, MA {Vector(i)}" },
            ["company_name"] = $"{Organization} {Vector(i)}",
            // Greenhouse sends its content entity-encoded.
            ["content"] = WebUtility.HtmlEncode(Description(i)),
            ["metadata"] = null,
        }).ToList(),
        ["meta"] = new Dictionary<string, object?> { ["total"] = XssVectors.Markup.Count },
    }, Indented);

    private static string LeverPostings() => JsonSerializer.Serialize(Postings.Select(i => new Dictionary<string, object?>
    {
        ["id"] = $"00000000-0000-4000-8000-{i:D12}",
        ["text"] = Title("Lever", i),
        ["hostedUrl"] = i % 2 == 0 ? ScriptUrl(i) : $"https://jobs.lever.co/hostile/00000000-0000-4000-8000-{i:D12}",
        ["applyUrl"] = ScriptUrl(i + 1),
        ["categories"] = new Dictionary<string, object?>
        {
            ["location"] = $"Boston, MA {Vector(i)}",
            ["commitment"] = $"Full-time {Vector(i)}",
            ["team"] = Vector(i),
            ["allLocations"] = new[] { $"Boston, MA {Vector(i)}" },
        },
        ["createdAt"] = 1763629200000,
        ["descriptionPlain"] = $"Opening {i} {Vector(i)}",
        ["description"] = Description(i),
        ["lists"] = new[] { new Dictionary<string, object?> { ["text"] = Vector(i), ["content"] = $"<li>{Vector(i)}</li>" } },
        ["additional"] = Vector(i),
        ["additionalPlain"] = Vector(i),
        ["country"] = "US",
        ["workplaceType"] = "onsite",
    }).ToList(), Indented);

    private static string Page(string title, string head, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>{head}</head>\n<body>{body}</body></html>\n";

    // Some vectors carry quotes: an attribute keeps them as text, so the script URL arrives whole.
    private static string Attribute(string value) => value.Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, CheckCharacters = false }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void WriteFile(string root, string relative, string content)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
