using System.Text.Json;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>One labelled corpus case: the body as fetched and its label (see Corpus/README.md).</summary>
internal sealed record HiringToolCorpusCase(string Kind, string Name, string BodyPath, JsonElement Label)
{
    public Uri Url => new(Label.GetProperty("url").GetString()!);
    public string? ContentType => Label.GetProperty("contentType").GetString();
    public string? Strategy => Label.GetProperty("strategy").GetString();
    public IReadOnlyList<JsonElement> Postings => Label.GetProperty("postings").EnumerateArray().ToList();

    public (string Name, string Token)? HiringTool =>
        Label.TryGetProperty("hiringTool", out var tool) && tool.ValueKind == JsonValueKind.Object
            ? (tool.GetProperty("name").GetString()!, tool.GetProperty("token").GetString()!)
            : null;

    public byte[] Body => File.ReadAllBytes(BodyPath);

    /// <summary>The body as if fetched from the label's URL.</summary>
    public PageContent Page() => new(Url, Body, ContentType);

    /// <summary>The body as a saved file read with another base URL: recognition must come from the content.</summary>
    public PageContent PageAt(Uri url) => new(url, Body, ContentType);
}
