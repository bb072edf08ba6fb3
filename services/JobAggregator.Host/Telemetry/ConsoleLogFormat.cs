using Microsoft.Extensions.Logging.Console;

namespace JobAggregator.Host.Telemetry;

/// <summary>The console log's format: one line of text per entry by default, or one JSON object per entry, scopes
/// (the scrape run and source of a message being handled) included, for containers whose logs are collected.</summary>
internal static class ConsoleLogFormat
{
    public const string FormatterKey = "Logging:Console:FormatterName";

    /// <exception cref="ArgumentException">The format named is neither simple nor json.</exception>
    public static void AddConsoleLogs(this ILoggingBuilder logging, IConfiguration configuration)
    {
        var formatter = configuration[FormatterKey];
        if (string.Equals(formatter, ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else if (string.IsNullOrWhiteSpace(formatter) || string.Equals(formatter, ConsoleFormatterNames.Simple, StringComparison.OrdinalIgnoreCase))
        {
            logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            throw new ArgumentException($"{FormatterKey}: '{formatter}' is not a console log format; use simple or json.");
        }
    }
}
