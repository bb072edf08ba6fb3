using MimeKit;

namespace JobAggregator.Api.Alerts;

/// <summary>The embedded default with no SMTP server: each mail becomes an .eml file that any mail program opens.
/// </summary>
internal sealed class FolderMailTransport(string folder) : IMailTransport
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string Destination => $"folder {Folder}";

    public bool IsFolder => true;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0].Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '_'));
        await message.WriteToAsync(Path.Combine(Folder, $"{name}.eml"), ct);
    }
}
