using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Extraction;

/// <summary>A fetched body with the views strategies need, each made once and on first use: the decoded text, the
/// parsed HTML document, the parsed JSON.</summary>
public sealed partial class PageContent
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private readonly Lazy<string> _text;
    private readonly Lazy<PageFormat> _format;
    private readonly SpooledBody? _spooled;
    private byte[]? _body;
    private Task<IDocument>? _html;
    private JsonDocument? _json;
    private bool _jsonTried;

    public PageContent(Uri url, byte[] body, string? contentType)
        : this(url, body, null, contentType)
    {
    }

    public PageContent(FetchedPage page)
        : this(page.Url, page.Spooled is null ? page.Body : null, page.Spooled, page.ContentType)
    {
    }

    private PageContent(Uri url, byte[]? body, SpooledBody? spooled, string? contentType)
    {
        Url = url;
        _body = body;
        _spooled = spooled;
        ContentType = contentType;
        _text = new Lazy<string>(Decode);
        _format = new Lazy<PageFormat>(Sniff);
    }

    public Uri Url { get; }

    /// <summary>The body; one kept in a file (<see cref="Spooled"/>) is read into memory when this is first asked for.</summary>
    public byte[] Body => _body ??= _spooled!.ReadAll();

    public long BodyLength => _body?.Length ?? _spooled!.Length;

    /// <summary>The body when the fetch kept it in a file for its length, for readers that go through it a piece at a
    /// time; null when it came in memory.</summary>
    internal SpooledBody? Spooled => _spooled;

    public string? ContentType { get; }

    /// <summary>The body as text, decoded as <see cref="PageCharset"/> decides; never throws.</summary>
    public string Text => _text.Value;

    /// <summary>What the body is, from the Content-Type header and, when that is vague or missing (a saved file), the
    /// body's first characters.</summary>
    public PageFormat Format => _format.Value;

    public FetchedPage AsFetched() => new(Url, Body, ContentType);

    /// <summary>The body parsed as HTML (any format parses; strategies ask only for HTML pages).</summary>
    public Task<IDocument> HtmlAsync(CancellationToken cancellationToken) =>
        _html ??= Task.FromResult(ParseHtml(cancellationToken));

    /// <summary>Whether the page had more elements than <see cref="NestingLimit.MaxElements"/>, so
    /// <see cref="HtmlAsync"/> holds only its first ones: what it lists may go on past them. False until parsed.</summary>
    public bool HtmlCut { get; private set; }

    private IDocument ParseHtml(CancellationToken cancellationToken)
    {
        var document = HtmlPages.Parse(Text, out var cut, cancellationToken);
        HtmlCut = cut;
        return document;
    }

    /// <summary>The body parsed as JSON (comments and trailing commas allowed), or null when it is not JSON.</summary>
    public JsonElement? Json()
    {
        if (!_jsonTried)
        {
            _jsonTried = true;
            _json = ParseUtf8Json() ?? ParseJsonText();
        }

        return _json?.RootElement;
    }

    /// <summary>A UTF-8 body parsed as it is, without the copy that decoding it to text makes (a hiring tool's board of
    /// 100,000 postings is about 45 MB, twice that as text); null when the body is in another charset, escapes half a
    /// surrogate pair, or does not parse as bytes (the text then replaces what is not UTF-8, as for any page).</summary>
    private JsonDocument? ParseUtf8Json()
    {
        if (Utf8JsonBody() is not { } body)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body, Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The body as UTF-8 JSON can be read from its bytes (byte order mark left out), or null when it must be
    /// decoded to text first: another charset, or half a surrogate pair escaped.</summary>
    public ReadOnlyMemory<byte>? Utf8JsonBody()
    {
        var body = Body.AsMemory();
        if (PageCharset.Of(Body, CharsetOf(ContentType), MetaCharset) is not UTF8Encoding
            || body.Span.IndexOf("\\ud"u8) >= 0 || body.Span.IndexOf("\\uD"u8) >= 0)
        {
            return null;
        }

        return body.Span.StartsWith(Utf8Bom) ? body[Utf8Bom.Length..] : body;
    }

    /// <summary>As <see cref="Utf8JsonBody"/> for a body kept in a file: where its UTF-8 JSON starts (after a byte
    /// order mark), or null when it must be decoded to text first, or is in memory.</summary>
    internal int? Utf8JsonStartInFile()
    {
        if (_spooled is not { } file)
        {
            return null;
        }

        var start = Start(Utf8Bom.Length);
        if (PageCharset.Of(start, CharsetOf(ContentType), MetaCharset, () => PageCharset.IsUtf8(file.Blocks())) is not UTF8Encoding
            || file.Contains("\\ud"u8) || file.Contains("\\uD"u8))
        {
            return null;
        }

        return start.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
    }

    /// <summary>The body's first <paramref name="length"/> bytes (fewer when it is shorter), read from the file when it
    /// is kept in one.</summary>
    private ReadOnlySpan<byte> Start(int length)
    {
        if (_body is { } body)
        {
            return body.AsSpan(0, Math.Min(body.Length, length));
        }

        var start = new byte[Math.Min(_spooled!.Length, length)];
        _spooled.Read(0, start);
        return start;
    }

    private JsonDocument? ParseJsonText()
    {
        try
        {
            return JsonDocument.Parse(LoneSurrogateEscapes.Replace(Text.TrimStart('\uFEFF')), Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Decode() =>
        PageCharset.Of(Body, CharsetOf(ContentType), MetaCharset).GetString(Body);

    private static string? CharsetOf(string? contentType)
    {
        var match = contentType is null ? null : CharsetParameter().Match(contentType);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    private string? MetaCharset()
    {
        var head = Encoding.ASCII.GetString(Start(2048));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private PageFormat Sniff()
    {
        var type = ContentType?.ToLowerInvariant() ?? "";
        if (type.Contains("json", StringComparison.Ordinal))
        {
            return PageFormat.Json;
        }

        if (type.Contains("xml", StringComparison.Ordinal) && !type.Contains("xhtml", StringComparison.Ordinal))
        {
            return PageFormat.Xml;
        }

        var start = Text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("{") || start.StartsWith("["))
        {
            return PageFormat.Json;
        }

        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && !start.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<feed", StringComparison.OrdinalIgnoreCase))
        {
            return PageFormat.Xml;
        }

        return start.StartsWith("<") || type.Contains("html", StringComparison.Ordinal) ? PageFormat.Html : PageFormat.Other;
    }

    [GeneratedRegex(@"charset\s*=\s*""?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
