using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A logger that keeps the warnings it is given, formatted, so a test can read what an operator would.</summary>
internal sealed class CapturedLogger : ILogger
{
    public List<string> Warnings { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Warnings.Add(formatter(state, exception));
        }
    }
}
