using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace JobAggregator.Testing;

/// <summary>A real SMTP server (the SmtpServer package) on a loopback port, inside the test process, keeping every
/// message it accepts parsed by MimeKit. It can be stopped and started again on the same port, to play a mail server
/// that is down.</summary>
internal sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private int _refused;
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

    /// <summary>Whether the server takes mail for an address at RCPT TO; one it does not is refused for good (550), as
    /// an address that does not exist is.</summary>
    public Func<string, bool> Knows { get; set; } = _ => true;

    /// <summary>Whether the server puts off mail for an address: the message is refused for now (451) after DATA.</summary>
    public Func<string, bool> PutsOff { get; set; } = _ => false;

    /// <summary>Messages refused, for good or for now.</summary>
    public int Refused => _refused;

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CollectingStore(this));
        services.Add(new RecipientFilter(this));
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

    private static string Address(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";

    private sealed class CollectingStore(TestSmtpServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (transaction.To.Any(to => server.PutsOff(Address(to))))
            {
                Interlocked.Increment(ref server._refused);
                return new SmtpResponse((SmtpReplyCode)451, "mailbox busy, try again later");
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            server._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class RecipientFilter(TestSmtpServer server) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            var known = server.Knows(Address(to));
            if (!known)
            {
                Interlocked.Increment(ref server._refused);
            }

            return Task.FromResult(known);
        }
    }
}
