using System.Net;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;

namespace JobAggregator.Scraper.Fetching;

/// <summary>The connect callback of the fetch clients: resolves the host itself and connects only to addresses the
/// request may reach, so the check is made on the address actually connected to, whether the URL named it, a
/// redirect led there or a DNS name resolved to it.</summary>
internal static class GuardedConnector
{
    /// <param name="poolMayReachPrivate">Whether this handler's connection pool is the one for requests allowed private
    /// networks. The pools are kept apart because a pooled connection serves later requests to the same host, and a
    /// connection opened for one request may serve another queued one: a connection opened with permission must
    /// never carry a request without it.</param>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(
        IAddressPolicy policy, IHostResolver resolver, bool poolMayReachPrivate) =>
        async (context, cancellationToken) =>
        {
            var allowPrivate = poolMayReachPrivate
                && context.InitialRequestMessage.Options.TryGetValue(FetchRequestOptions.AllowPrivateNetwork, out var allowed)
                && allowed;
            var host = context.DnsEndPoint.Host;
            var candidates = IPAddress.TryParse(host, out var literal)
                ? [literal]
                : await resolver.ResolveAsync(host, cancellationToken);
            var refused = new List<string>();
            ExceptionDispatchInfo? lastFailure = null;
            foreach (var address in candidates)
            {
                var endpoint = new IPEndPoint(address, context.DnsEndPoint.Port);
                if (!allowPrivate && policy.Refusal(endpoint) is { } why)
                {
                    refused.Add($"{address} ({why})");
                    continue;
                }

                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(endpoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException e)
                {
                    socket.Dispose();
                    lastFailure = ExceptionDispatchInfo.Capture(e);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            }

            lastFailure?.Throw();
            throw new AddressRefusedException(host, refused);
        };
}
