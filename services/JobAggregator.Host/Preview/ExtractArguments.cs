namespace JobAggregator.Host.Preview;

/// <param name="Target">A URL or a saved file.</param>
/// <param name="BaseUrl">Where a saved file was fetched from: links resolve against it and source rules match it.</param>
/// <param name="SourceId">Use this source's rules instead of matching the URL.</param>
/// <param name="Json">Print only the JSON array of API items on stdout.</param>
/// <param name="AllowPrivateNetwork">Let a page no source matches lead into private networks (loopback, the LAN, cloud
/// metadata); a configured source keeps its own setting.</param>
internal sealed record ExtractArguments(string Target, Uri? BaseUrl, string? SourceId, string? SourcesPath, bool Json, bool AllowPrivateNetwork = false)
{
    public const string Usage =
        "usage: extract <url-or-file> [--base-url <url>] [--source <id>] [--sources <sources.yaml>] [--json] [--allow-private-network]";

    public const string Help = Usage + """


        Shows the postings JobAggregator would store from one page: fetched, extracted and normalised, nothing stored.
          <url-or-file>            an http(s) address, or a page saved to a file
          --base-url <url>         where a saved page came from: its links resolve against it, and source rules match it
          --source <id>            apply this source's rules instead of the ones matching the address
          --sources <file>         the sources file (default: the Host's Sources:Path)
          --json                   only the JSON array of /api/jobs items on stdout
          --allow-private-network  let a page no source matches reach loopback and private addresses (refused by default)
          -h, --help               this text
        """;

    /// <summary>Whether the arguments ask for the help text, wherever they ask for it.</summary>
    public static bool AsksForHelp(IReadOnlyList<string> args) => args.Any(arg => arg is "-h" or "--help");

    /// <exception cref="ArgumentException">The arguments are wrong; the message says which.</exception>
    public static ExtractArguments Parse(IReadOnlyList<string> args)
    {
        string? target = null;
        Uri? baseUrl = null;
        string? sourceId = null;
        string? sourcesPath = null;
        var json = false;
        var allowPrivateNetwork = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--base-url":
                    var value = Value(args, ref i);
                    if (!Uri.TryCreate(value, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
                    {
                        throw new ArgumentException($"--base-url: '{value}' is not an absolute http or https URL");
                    }

                    break;
                case "--source":
                    sourceId = Value(args, ref i);
                    break;
                case "--sources":
                    sourcesPath = Value(args, ref i);
                    break;
                case "--json":
                    json = true;
                    break;
                case "--allow-private-network":
                    allowPrivateNetwork = true;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new ArgumentException($"unknown option '{option}'");
                default:
                    if (target is not null)
                    {
                        throw new ArgumentException($"one URL or file at a time, but got '{target}' and '{args[i]}'");
                    }

                    target = args[i];
                    break;
            }
        }

        return target is null
            ? throw new ArgumentException("no URL or file given")
            : new ExtractArguments(target, baseUrl, sourceId, sourcesPath, json, allowPrivateNetwork);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
}
