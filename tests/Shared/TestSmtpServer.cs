using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace JobAggregator.Testing;

/// <summary>A real SMTP server (the SmtpServer package) on a loopback port, inside the test process, keeping every
/// message it accepts parsed by MimeKit. It can be stopped and started again on the same port, to play a mail server
/// that is down.</summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _running;
    private SmtpServer.SmtpServer? _server;
    private Task? _serving;

    public TestSmtpServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => _received.ToArray();

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CollectingStore(_received));
        _running = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        _serving = _server.StartAsync(_running.Token);

        // Listening has begun once a client can connect.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    public async Task StopAsync()
    {
        if (_server is null || _running is null || _serving is null)
        {
            return;
        }

        _server.Shutdown();
        await _running.CancelAsync();
        try
        {
            await _serving;
        }
        catch (OperationCanceledException)
        {
        }

        _running.Dispose();
        _server = null;
        _running = null;
        _serving = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class CollectingStore(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
