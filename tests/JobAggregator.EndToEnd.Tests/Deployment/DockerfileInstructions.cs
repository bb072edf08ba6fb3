namespace JobAggregator.EndToEnd.Tests.Deployment;

/// <summary>A Dockerfile as its instructions, with continuation lines joined and comments dropped: enough to read what
/// the image runs and what each stage copies, not a full parser.</summary>
internal sealed class DockerfileInstructions(List<(string Keyword, string Arguments)> all)
{
    public IReadOnlyList<(string Keyword, string Arguments)> All => all;

    /// <summary>The instructions after the last FROM: what the image that runs is made of.</summary>
    public IReadOnlyList<(string Keyword, string Arguments)> FinalStage =>
        all.Skip(all.FindLastIndex(instruction => instruction.Keyword == "FROM") + 1).ToList();

    public static DockerfileInstructions Load(string path)
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            line = pending + line;
            pending = "";
            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length > 0)
            {
                instructions.Add((parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1] : ""));
            }
        }

        return new DockerfileInstructions(instructions);
    }

    /// <summary>The value an ENV of the final stage gives <paramref name="name"/>, or null.</summary>
    public string? FinalEnvironment(string name) => FinalStage
        .Where(instruction => instruction.Keyword == "ENV")
        .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(pair => pair.Split('=', 2))
        .LastOrDefault(pair => pair.Length == 2 && pair[0] == name)?[1].Trim('"');

    /// <summary>The source paths of the COPY instructions before the first instruction matching
    /// <paramref name="until"/>, flags such as <c>--chown</c> left out.</summary>
    public IReadOnlyList<string> CopiedBefore(Func<(string Keyword, string Arguments), bool> until) => All
        .TakeWhile(instruction => !until(instruction))
        .Where(instruction => instruction.Keyword == "COPY")
        .SelectMany(instruction => instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(argument => !argument.StartsWith("--", StringComparison.Ordinal))
            .SkipLast(1))
        .ToList();
}
