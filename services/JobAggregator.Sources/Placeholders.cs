using System.Text;

namespace JobAggregator.Sources;

/// <summary>Replaces <c>${Name}</c> in a value with what the resolver gives for Name.</summary>
internal static class Placeholders
{
    /// <summary>Returns the substituted text, or null with one problem per placeholder that cannot be replaced.</summary>
    public static string? Substitute(string text, Func<string, string?> resolveVariable, List<string> problems)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var failed = false;
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            if (start < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, start - position);
            var end = text.IndexOf('}', start + 2);
            if (end < 0)
            {
                problems.Add($"placeholder '{text[start..]}' has no closing '}}'");
                return null;
            }

            var placeholder = text[start..(end + 1)];
            var name = text[(start + 2)..end].Trim();
            if (name.Length == 0)
            {
                problems.Add($"placeholder '{placeholder}' names no variable");
                failed = true;
            }
            else if (resolveVariable(name) is { } value)
            {
                result.Append(value);
            }
            else
            {
                var environmentVariable = name.Replace(":", "__", StringComparison.Ordinal);
                var where = environmentVariable == name
                    ? $"set configuration key or environment variable '{name}'"
                    : $"set configuration key '{name}', or environment variable '{environmentVariable}'";
                problems.Add($"placeholder '{placeholder}' refers to variable '{name}', which is not set ({where})");
                failed = true;
            }

            position = end + 1;
        }

        return failed ? null : result.ToString();
    }
}
