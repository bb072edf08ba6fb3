using System.Text;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Descriptions;

/// <summary>The common description, already clean (paragraphs, lists, headings and emphasis, no attribute, no entity
/// but the basic ones, every element closed where it is opened), cleaned without the HTML parser and the sanitiser:
/// for such markup both leave the elements exactly as written, so the HTML is the input written again and the text is
/// what <see cref="JobAggregator.Text.HtmlToText.Lines"/> reads from it. Anything else (any other tag or attribute, a
/// comment, an element the parser would close or move, an unknown entity, a control character) is declined, and
/// <see cref="DescriptionCleaner"/> parses it as before. <c>SimpleMarkupTests</c> hold the two paths to the same
/// output.</summary>
internal static class SimpleMarkup
{
    private enum Content
    {
        // Text, br and the inline elements.
        Phrasing,

        // Phrasing content and the blocks: p, h2–h6, ul, ol, div.
        Flow,

        // li only, between whitespace.
        ListItems,
    }

    private readonly record struct Open(string Name, Content Allows, int Items);

    /// <returns>False when the markup is not of the simple kind; <paramref name="clean"/> is then meaningless.</returns>
    public static bool TryClean(string html, out CleanDescription clean)
    {
        clean = CleanDescription.None;
        var written = new StringBuilder(html.Length + 16);
        // The text as HtmlToText walks it: each block and list item apart on its own line.
        var walked = new StringBuilder(html.Length + 16);
        var open = new Stack<Open>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i + 1);
                if (end < 0 || !Tag(html.AsSpan(i + 1, end - i - 1), open, written, walked))
                {
                    return false;
                }

                i = end + 1;
                continue;
            }

            if (open.TryPeek(out var parent) && parent.Allows == Content.ListItems && !IsHtmlSpace(c))
            {
                return false;
            }

            if (c == '&')
            {
                var semicolon = html.IndexOf(';', i + 1);
                if (semicolon < 0 || Entity(html.AsSpan(i + 1, semicolon - i - 1)) is not { } decoded)
                {
                    return false;
                }

                Text(decoded, written, walked);
                i = semicolon + 1;
                continue;
            }

            if ((c < ' ' && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c))
            {
                return false;
            }

            Text(c, written, walked);
            i++;
        }

        if (open.Count > 0)
        {
            return false;
        }

        var sanitized = written.ToString().Trim();
        var text = sanitized.Length == 0 ? null : Lines(walked.ToString()) is { } lines ? Markup.Strip(lines).Trim() : null;
        clean = string.IsNullOrEmpty(text) ? CleanDescription.None : new CleanDescription(sanitized, text);
        return true;
    }

    private static bool Tag(ReadOnlySpan<char> tag, Stack<Open> open, StringBuilder written, StringBuilder walked)
    {
        var allowed = open.TryPeek(out var parent) ? parent.Allows : Content.Flow;
        if (tag.Length > 1 && tag[0] == '/')
        {
            var closing = tag[1..];
            if (!open.TryPeek(out var current) || !closing.SequenceEqual(current.Name))
            {
                return false;
            }

            open.Pop();
            written.Append("</").Append(current.Name).Append('>');
            if (IsBlock(current.Name) || current.Name == "li")
            {
                walked.Append('\n');
            }

            return true;
        }

        if (tag is "br" or "br/" or "br /")
        {
            if (allowed == Content.ListItems)
            {
                return false;
            }

            written.Append("<br>");
            walked.Append('\n');
            return true;
        }

        var name = Known(tag);
        if (name is null)
        {
            return false;
        }

        if (name == "li")
        {
            if (allowed != Content.ListItems)
            {
                return false;
            }

            var listItem = open.Pop();
            open.Push(listItem with { Items = listItem.Items + 1 });
            walked.Append('\n').Append(listItem.Name == "ol" ? $"{listItem.Items + 1}. " : "- ");
            open.Push(new Open(name, Content.Flow, 0));
        }
        else if (IsBlock(name))
        {
            if (allowed != Content.Flow)
            {
                return false;
            }

            walked.Append('\n');
            open.Push(new Open(name, name switch
            {
                "ul" or "ol" => Content.ListItems,
                "div" => Content.Flow,
                _ => Content.Phrasing,
            }, 0));
        }
        else
        {
            if (allowed == Content.ListItems)
            {
                return false;
            }

            open.Push(new Open(name, Content.Phrasing, 0));
        }

        written.Append('<').Append(name).Append('>');
        return true;
    }

    // The elements of the simple kind, as the one string each so that a closing tag compares with what was opened.
    private static string? Known(ReadOnlySpan<char> tag) => tag switch
    {
        "p" => "p",
        "div" => "div",
        "ul" => "ul",
        "ol" => "ol",
        "li" => "li",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "strong" => "strong",
        "em" => "em",
        "b" => "b",
        "i" => "i",
        "u" => "u",
        _ => null,
    };

    private static bool IsBlock(string name) => name is "p" or "div" or "ul" or "ol" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static char? Entity(ReadOnlySpan<char> name) => name switch
    {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "#39" => '\'',
        "nbsp" => '\u00A0',
        _ => null,
    };

    private static bool IsHtmlSpace(char c) => c is ' ' or '\n' or '\t';

    // As AngleSharp's HTML formatter escapes text.
    private static void Text(char c, StringBuilder written, StringBuilder walked)
    {
        walked.Append(c);
        _ = c switch
        {
            '&' => written.Append("&amp;"),
            '<' => written.Append("&lt;"),
            '>' => written.Append("&gt;"),
            '\u00A0' => written.Append("&nbsp;"),
            _ => written.Append(c),
        };
    }

    // As HtmlToText.Lines finishes its walk: whitespace collapsed in each line, empty lines and lone list marks left out.
    private static string? Lines(string walked)
    {
        var lines = walked
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0 && line != "-");
        var result = string.Join('\n', lines);
        return result.Length == 0 ? null : result;
    }
}
