using System.Text;
using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>Parses a JSON-LD script the way browsers' consumers tolerate it: trailing commas and comments allowed, and
/// what CMSs commonly break repaired.</summary>
internal static class LenientJsonLd
{
    private static readonly HashSet<char> ValidEscapes = ['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u'];

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The script's JSON; when it does not parse, once more after repairing raw line breaks inside strings,
    /// invalid escapes and HTML comment or CDATA wrappers. Null when even that fails: one broken script must not hide
    /// the others.</summary>
    public static JsonDocument? Parse(string script)
    {
        var text = LoneSurrogateEscapes.Replace(script);
        try
        {
            return JsonDocument.Parse(text, Lenient);
        }
        catch (JsonException)
        {
        }

        var repaired = Repair(text);
        try
        {
            return JsonDocument.Parse(repaired, Lenient);
        }
        catch (JsonException)
        {
        }

        // Several objects written one after another ("{...},{...}") are the items of an array nobody wrote.
        try
        {
            return JsonDocument.Parse("[" + repaired + "]", Lenient);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Repair(string text)
    {
        var trimmed = text.Trim();
        foreach (var (open, close) in new[] { ("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>") })
        {
            if (trimmed.StartsWith(open, StringComparison.Ordinal) && trimmed.EndsWith(close, StringComparison.Ordinal))
            {
                trimmed = trimmed[open.Length..^close.Length].Trim();
            }
        }

        // A script that assigns the object ends it as a statement.
        trimmed = trimmed.TrimEnd(';').TrimEnd();

        var repaired = new StringBuilder(trimmed.Length + 16);
        var inString = false;
        var escaped = false;
        foreach (var c in trimmed)
        {
            if (inString && !escaped && c < ' ')
            {
                repaired.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => " ",
                });
                continue;
            }

            if (escaped)
            {
                // JSON allows only these escapes; "\'" or "\&" is the character itself with a stray backslash.
                if (!ValidEscapes.Contains(c))
                {
                    repaired.Length--;
                }

                repaired.Append(c);
                escaped = false;
                continue;
            }

            repaired.Append(c);
            if (c == '\\' && inString)
            {
                escaped = true;
            }
            else if (c == '"')
            {
                inString = !inString;
            }
        }

        return repaired.ToString();
    }
}
