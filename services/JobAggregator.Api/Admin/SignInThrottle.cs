using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

/// <summary>Counts wrong passwords and wrong API keys per client address in a fixed window; past
/// <see cref="AdminOptions.MaxFailedSignIns"/> the address must wait for the window's end, whatever it sends.</summary>
internal sealed class SignInThrottle(IOptions<AdminOptions> options, TimeProvider time)
{
    // Addresses kept at most; past it the expired windows are dropped, so a flood of addresses cannot grow it for ever.
    private const int MaxAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    private TimeSpan Length => TimeSpan.FromSeconds(options.Value.FailedSignInWindowSeconds);

    /// <returns>How long the address must wait; null when it may try.</returns>
    public TimeSpan? WaitFor(IPAddress? address)
    {
        var now = time.GetUtcNow();
        if (_windows.TryGetValue(Key(address), out var window) && window.Failures >= options.Value.MaxFailedSignIns && now < window.Ends)
        {
            return window.Ends - now;
        }

        return null;
    }

    public void Failed(IPAddress? address)
    {
        var now = time.GetUtcNow();
        if (_windows.Count >= MaxAddresses)
        {
            foreach (var expired in _windows.Where(w => w.Value.Ends <= now).Select(w => w.Key).ToList())
            {
                _windows.TryRemove(expired, out _);
            }
        }

        _windows.AddOrUpdate(
            Key(address),
            _ => new Window(now + Length, 1),
            (_, window) => window.Ends <= now ? new Window(now + Length, 1) : window with { Failures = window.Failures + 1 });
    }

    private static string Key(IPAddress? address) => address?.ToString() ?? "unknown";

    private sealed record Window(DateTimeOffset Ends, int Failures);
}
