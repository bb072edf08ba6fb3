using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>What is wrong with an API answer a tool could not read, in words for the log: not JSON (and where it
/// breaks), or JSON of another shape.</summary>
internal static class ApiAnswerProblem
{
    public static string Of(PageContent answer)
    {
        if (answer.Json() is { } root)
        {
            return $"JSON of another shape (a {root.ValueKind.ToString().ToLowerInvariant()} without the tool's fields)";
        }

        try
        {
            using var _ = JsonDocument.Parse(answer.Body, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return "not valid JSON: " + e.Message;
        }

        return "not JSON";
    }
}
