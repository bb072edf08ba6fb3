namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>A hiring tool whose API answer can be read one posting at a time, without a document of the whole answer:
/// for a board large enough that the document and its drafts would be most of the process's memory.</summary>
internal interface IStreamingHiringTool : IHiringTool
{
    /// <summary>The answer's postings as <see cref="IHiringTool.Map"/> gives them, each made when it is asked for; null
    /// when the page is not this tool's API answer or cannot be read that way (its bytes are not UTF-8, or it has
    /// items whose drafts depend on the others), and <see cref="IHiringTool.IsApiResponse"/> decides as before.</summary>
    /// <exception cref="MalformedJsonException">The answer is not valid JSON.</exception>
    StreamedDrafts? Stream(PageContent response, HiringToolBoard? board);
}
