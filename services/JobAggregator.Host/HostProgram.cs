using System.Net.Sockets;
using JobAggregator.Host.Admin;
using JobAggregator.Host.Preview;
using JobAggregator.Sources;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host;

/// <summary>The command line: the Host, its help, or the <c>extract</c> command; every start-up problem a one-line
/// error and exit code 2, never an unhandled exception.</summary>
internal static class HostProgram
{
    public const string Help = """
        usage: JobAggregator [--Key value ...]          run the service (every role in one process by default)
               JobAggregator extract <url-or-file> ...  preview what a page would give (extract --help)
               JobAggregator hash-password             hash a console operator's password read from stdin

        Any configuration key can be given as --Key value (nested keys with ':'), for example:
          --Roles scraper,normalizer   the roles this process runs: all, scheduler, scraper, normalizer, store, api
          --Transport rabbitmq         the bus: inmemory (default) or rabbitmq (RabbitMq:Host, RabbitMq:Port, ...)
          --Urls http://0.0.0.0:8080   where the web page, the API, /metrics and /health listen
          --Sources:Path sources.yaml  the sources file
          --Store:SqlitePath jobs.db   the SQLite file, or --Store:Provider mongodb with Store:MongoDb:ConnectionString
        The README lists every key.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "extract")
        {
            return await ExtractCommand.RunAsync(args[1..], stdout, stderr);
        }

        if (args.Length > 0 && args[0] == "hash-password")
        {
            return await HashPasswordCommand.RunAsync(Console.In, stdout, stderr);
        }

        if (args.Any(arg => arg is "-h" or "--help" or "-?"))
        {
            await stdout.WriteLineAsync(Help);
            return 0;
        }

        NativeHeapArenas.Limit();
        try
        {
            await using var app = await JobAggregatorApp.BuildAsync(args);
            await app.RunAsync();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or SourcesFileException or OptionsValidationException || IsAddressInUse(e))
        {
            await stderr.WriteLineAsync($"JobAggregator cannot start: {e.Message}");
            return 2;
        }
    }

    /// <summary>Kestrel's "Failed to bind" (an IOException), whatever it wraps on the way down to the socket's error.</summary>
    private static bool IsAddressInUse(Exception e)
    {
        for (var inner = e is IOException ? e.InnerException : null; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }
}
