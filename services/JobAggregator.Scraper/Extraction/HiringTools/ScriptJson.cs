using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Reads a JSON literal a page assigns in a script (<c>window.pageData = {...};</c>,
/// <c>phApp.ddo = {...};</c>): the object is cut out by a balanced-brace scan that skips strings, then parsed.</summary>
internal static class ScriptJson
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Each value assigned to <paramref name="target"/> (e.g. <c>phApp.ddo</c>) in <paramref name="text"/>
    /// that parses as JSON, in order.</summary>
    public static IEnumerable<JsonElement> Assigned(string text, string target)
    {
        var at = 0;
        while ((at = text.IndexOf(target, at, StringComparison.Ordinal)) >= 0)
        {
            var start = ValueStart(text, at + target.Length);
            at += target.Length;
            if (start < 0 || BalancedEnd(text, start) is not { } end)
            {
                continue;
            }

            if (TryParse(text.AsSpan(start, end - start + 1).ToString()) is { } value)
            {
                yield return value;
            }
        }
    }

    /// <summary>Where the object or array after <c>= </c> starts, or -1 when the target is read, compared or
    /// dereferenced there rather than assigned (<c>phApp.ddo.x</c>, <c>pageData == null</c>).</summary>
    private static int ValueStart(string text, int from)
    {
        var i = SkipSpace(text, from);
        if (i >= text.Length || text[i] != '=' || (i + 1 < text.Length && text[i + 1] == '='))
        {
            return -1;
        }

        i = SkipSpace(text, i + 1);
        return i < text.Length && text[i] is '{' or '[' ? i : -1;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The index of the bracket closing the one at <paramref name="start"/>, or null when the text ends first.</summary>
    private static int? BalancedEnd(string text, int start)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return null;
    }

    private static JsonElement? TryParse(string literal)
    {
        try
        {
            using var document = JsonDocument.Parse(LoneSurrogateEscapes.Replace(literal), Lenient);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
