using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Greenhouse: boards at <c>boards.greenhouse.io/TOKEN</c> or <c>job-boards.greenhouse.io/TOKEN</c>, embedded
/// with <c>embed/job_board/js?for=TOKEN</c> or an <c>embed/job_board?for=TOKEN</c> iframe; read from the Job Board API
/// with <c>content=true</c>.</summary>
/// <param name="streamFromBytes">The size from which an answer is read one posting at a time: a small board is read as
/// one document, at no extra pass over its bytes.</param>
internal sealed class GreenhouseTool(int streamFromBytes = GreenhouseTool.StreamFromBytes) : IStreamingHiringTool
{
    /// <summary>About 2,000 postings with their ads.</summary>
    public const int StreamFromBytes = 1 << 20;

    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly string[] BoardHosts =
        ["boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io"];

    private static readonly string[] ApiHosts = ["boards-api.greenhouse.io", "boards-api.eu.greenhouse.io", "api.greenhouse.io"];

    public string Name => "greenhouse";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["greenhouse.io"];

    public HiringToolBoard? Recognize(Uri url)
    {
        var eu = url.Host.Contains(".eu.", StringComparison.OrdinalIgnoreCase);
        if (BoardUrls.IsHost(url, ApiHosts))
        {
            var segments = BoardUrls.Segments(url);
            return segments is ["v1", "boards", var token, ..] && BoardUrls.IsToken(token) ? Board(token, eu) : null;
        }

        if (!BoardUrls.IsHost(url, BoardHosts))
        {
            return null;
        }

        // embed/job_board?for=TOKEN, embed/job_board/js?for=TOKEN, embed/job_app?for=TOKEN&token=JOB
        var forToken = BoardUrls.Query(url, "for");
        if (BoardUrls.IsToken(forToken))
        {
            return Board(forToken!, eu);
        }

        var first = BoardUrls.FirstSegment(url, "embed", "v1", "api", "assets", "static", "favicon.ico", "robots.txt");
        return first is null ? null : Board(first, eu);
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        BoardUrls.IsHost(url, BoardHosts) && BoardUrls.Segments(url) is [_, "jobs", _, ..];

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        if (JsonFields.FirstItemHas(root, "jobs", "absolute_url")
            || JsonFields.FirstItemHas(root, "jobs", "first_published")
            || JsonFields.FirstItemHas(root, "jobs", "internal_job_id"))
        {
            return true;
        }

        return BoardUrls.IsHost(page.Url, ApiHosts) && root.TryGetProperty("jobs", out _);
    }

    public Uri? ApiUrl(HiringToolBoard board)
    {
        var host = board.BoardUrl?.Host.Contains(".eu.", StringComparison.OrdinalIgnoreCase) == true
            ? "boards-api.eu.greenhouse.io"
            : "boards-api.greenhouse.io";
        return new Uri($"https://{host}/v1/boards/{Uri.EscapeDataString(board.Token)}/jobs?content=true");
    }

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(response.Json(), "jobs").Select(job => ToDraft(job, response.Url, token)).ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>Streamed when every job gives its ad and no job's URL has a fragment: the run then follows no detail
    /// page and keys no posting by its neighbours' URLs, so no draft depends on another.</summary>
    public StreamedDrafts? Stream(PageContent response, HiringToolBoard? board)
    {
        if (response.BodyLength < streamFromBytes || response.Format != PageFormat.Json)
        {
            return null;
        }

        bool? firstHasBoardField = null;
        var streamable = true;
        var titles = new List<string?>();
        JsonItemVisitor shapes = job =>
        {
            var shape = GreenhouseJobShape.Of(job);
            titles.Add(shape.Title);
            firstHasBoardField ??= shape.HasBoardField;
            streamable &= shape is { HasContent: true, UrlMayHaveFragment: false };
        };
        List<Range>? jobs;
        Func<int, ReadOnlyMemory<byte>> item;
        if (response.Spooled is { } file)
        {
            if (response.Utf8JsonStartInFile() is not { } start)
            {
                return null;
            }

            jobs = JsonArrayItems.Find(file, start, "jobs", response.Url, shapes);
            item = i => file.Read(jobs![i]);
        }
        else
        {
            if (response.Utf8JsonBody() is not { } body)
            {
                return null;
            }

            jobs = JsonArrayItems.Find(body.Span, "jobs", response.Url, shapes);
            item = i => body[jobs![i]];
        }

        if (jobs is null
            || (!BoardUrls.IsHost(response.Url, ApiHosts) && firstHasBoardField != true)
            || !streamable)
        {
            return null;
        }

        var url = response.Url;
        var token = board?.Token ?? Recognize(url)?.Token;
        return new StreamedDrafts(jobs.Count, item, job => ToDraft(job, url, token), complete: true, titles);
    }

    private static PostingDraft ToDraft(ReadOnlyMemory<byte> item, Uri responseUrl, string? token)
    {
        using var job = JsonDocument.Parse(item, Lenient);
        return ToDraft(job.RootElement, responseUrl, token);
    }

    private static PostingDraft ToDraft(JsonElement job, Uri responseUrl, string? token)
    {
        var content = ApiHtml.DecodedOnce(JsonFields.String(job, "content"));
        var id = JsonFields.String(job, "id");
        var url = Links.Resolve(responseUrl, JsonFields.String(job, "absolute_url"))
            ?? (token is not null && id is not null ? new Uri($"https://job-boards.greenhouse.io/{token}/jobs/{id}") : null);
        var salary = (content is null ? null : PayTransparency(content)) ?? PayInputRange(job) ?? CurrencyRangeField(job);
        return new PostingDraft
        {
            Title = JsonFields.String(job, "title"),
            Organization = JsonFields.String(job, "company_name"),
            Location = JsonFields.String(JsonFields.Property(job, "location"), "name")
                ?? PlaceText.Several(JsonFields.Objects(job, "offices").Select(o => JsonFields.String(o, "location") ?? JsonFields.String(o, "name"))),
            EmploymentType = Metadata(job, EmploymentTypeFieldNames),
            Salary = salary,
            // first_published is when the opening went up; updated_at moves with every edit, so it is never the date.
            DatePosted = ApiTimestamps.Date(JsonFields.String(job, "first_published")),
            DescriptionHtml = content,
            Url = url,
            FoundOn = responseUrl,
        };
    }

    /// <summary>The first of <c>pay_input_ranges</c> (<c>?pay_transparency=true</c>): amounts in cents, the currency's
    /// code, and the period only in the range's title ("Annual base salary", "Hourly pay range").</summary>
    private static ScrapedSalary? PayInputRange(JsonElement job)
    {
        var range = JsonFields.Objects(job, "pay_input_ranges").FirstOrDefault();
        if (range.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var min = JsonFields.Number(range, "min_cents") / 100;
        var max = JsonFields.Number(range, "max_cents") / 100;
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, JsonFields.String(range, "currency_type"), PayRange.Period(JsonFields.String(range, "title")));
    }

    /// <summary>The first <c>currency_range</c> metadata field with an amount (<c>{"unit": "EUR", "min_value":
    /// "31000.0", "max_value": "35000.0"}</c>); the period only in the field's name ("Salary Range (annual)", "Banda
    /// salarial anual"), else the name itself for the normalizer, which then goes by the amounts' size.</summary>
    private static ScrapedSalary? CurrencyRangeField(JsonElement job)
    {
        foreach (var field in JsonFields.Objects(job, "metadata"))
        {
            var value = JsonFields.Property(field, "value");
            if (JsonFields.String(field, "value_type") != "currency_range" || value is not { ValueKind: JsonValueKind.Object })
            {
                continue;
            }

            var min = JsonFields.Number(value, "min_value");
            var max = JsonFields.Number(value, "max_value");
            if (min is not null || max is not null)
            {
                var name = JsonFields.String(field, "name");
                return new ScrapedSalary(min, max, JsonFields.String(value, "unit"), PayRange.Period(name) ?? name);
            }
        }

        return null;
    }

    /// <summary>A metadata field's value by its (customer-chosen) name; values may be strings or lists.</summary>
    private static string? Metadata(JsonElement job, params string[] names)
    {
        foreach (var field in JsonFields.Objects(job, "metadata"))
        {
            var name = JsonFields.String(field, "name");
            if (name is null || !names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var value = JsonFields.Property(field, "value");
            var text = value is { ValueKind: JsonValueKind.Array } list
                ? string.Join(", ", list.EnumerateArray().Select(v => JsonFields.Text(v)).OfType<string>())
                : JsonFields.Text(value);
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The pay range of Greenhouse's pay-transparency block (<c>div.pay-range</c> under a title such as "Annual
    /// Pay Range" or "Hourly Pay Range"): the first range when several locations have their own.</summary>
    private static ScrapedSalary? PayTransparency(string content)
    {
        if (!content.Contains("pay-range", StringComparison.Ordinal))
        {
            return null;
        }

        var document = ApiHtml.Parse(GreenhousePayBlock.Isolated(content) ?? content);
        var range = document.QuerySelector(".pay-range");
        if (range is null)
        {
            return null;
        }

        var title = range.ParentElement?.QuerySelector(".title")?.TextContent;
        return PayRange.FromAmounts(range.TextContent, title);
    }

    /// <summary>Names boards give the employment-type field, in the network's languages ("Tipo de contrato", "Type de
    /// contrat", "Vertragsart", "Dienstverband", "Jornada").</summary>
    private static readonly string[] EmploymentTypeFieldNames =
        ["employment type", "job type", "commitment", "employment status", "contrat", "contract", "vertrag", "anstellung", "beschäftigung",
            "dienstverband", "jornada", "arbeitszeit", "werktijd"];

    private static HiringToolBoard Board(string token, bool eu) =>
        new("greenhouse", token, new Uri($"https://{(eu ? "job-boards.eu" : "job-boards")}.greenhouse.io/{Uri.EscapeDataString(token)}"));
}
