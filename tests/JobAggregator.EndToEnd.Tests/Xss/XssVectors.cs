namespace JobAggregator.EndToEnd.Tests.Xss;

/// <summary>The XSS corpus: the markup vectors (xss-markup-vectors.txt) and the script URLs (xss-url-vectors.txt)
/// beside this file, copied to the test output.</summary>
internal static class XssVectors
{
    public static IReadOnlyList<string> Markup { get; } = Read("xss-markup-vectors.txt");

    public static IReadOnlyList<string> Urls { get; } = Read("xss-url-vectors.txt");

    // Leading spaces and tabs are part of some vectors, so lines are taken as they are.
    private static List<string> Read(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Xss", name))
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .ToList();
}
