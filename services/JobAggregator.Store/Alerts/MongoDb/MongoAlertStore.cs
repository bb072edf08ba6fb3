using JobAggregator.Store.MongoDb;
using MongoDB.Driver;
using static JobAggregator.Store.Alerts.MongoDb.MongoAlertQueries;

namespace JobAggregator.Store.Alerts.MongoDb;

/// <summary>Alerts and their outbox in MongoDB. With no multi-document transaction, a digest is recorded mail first
/// (its id names its window, so a second insert is refused) and the window moved after: a crash between the two leaves
/// a recorded mail and a window the next run moves on without recording it again.</summary>
internal sealed class MongoAlertStore : IAlertStore
{
    private const int DuplicateKey = 11000;

    private readonly IMongoCollection<AlertDocument> _alerts;
    private readonly IMongoCollection<AlertMailDocument> _mails;

    public MongoAlertStore(MongoStoreDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _alerts = database.Database.GetCollection<AlertDocument>(AlertsCollection);
        _mails = database.Database.GetCollection<AlertMailDocument>(MailsCollection);
    }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await _alerts.Indexes.CreateManyAsync(AlertIndexes, ct);
        await _mails.Indexes.CreateManyAsync(MailIndexes, ct);
    }

    public async Task AddAsync(Alert alert, AlertMail confirmation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(confirmation);
        await _alerts.InsertOneAsync(MongoAlertDocuments.From(alert), cancellationToken: ct);
        await TryInsertMailAsync(confirmation, ct);
    }

    public async Task<Alert?> GetAsync(string id, CancellationToken ct) =>
        await _alerts.Find(ById(id)).FirstOrDefaultAsync(ct) is { } document ? MongoAlertDocuments.ToAlert(document) : null;

    public async Task<Alert?> ConfirmAsync(string id, DateTimeOffset at, CancellationToken ct)
    {
        await _alerts.UpdateOneAsync(PendingById(id), Confirm(at), cancellationToken: ct);
        return await GetAsync(id, ct);
    }

    public async Task<Alert?> UnsubscribeAsync(string id, DateTimeOffset at, CancellationToken ct)
    {
        await _alerts.UpdateOneAsync(SubscribedById(id), Unsubscribe(at), cancellationToken: ct);
        await _mails.DeleteManyAsync(UnsentOf(id), ct);
        return await GetAsync(id, ct);
    }

    public async Task<Alert?> ChangeFrequencyAsync(string id, AlertFrequency frequency, CancellationToken ct)
    {
        await _alerts.UpdateOneAsync(SearchAlertById(id), SetFrequency(frequency), cancellationToken: ct);
        return await GetAsync(id, ct);
    }

    public async Task<Alert?> ResubscribeAsync(string id, DateTimeOffset at, CancellationToken ct)
    {
        await _alerts.UpdateOneAsync(UnsubscribedById(id), Resubscribe(at), cancellationToken: ct);
        return await GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<Alert>> ListConfirmedAsync(CancellationToken ct)
    {
        var documents = await _alerts.Find(ConfirmedAlerts).SortBy(a => a.CreatedAt).ThenBy(a => a.Id).ToListAsync(ct);
        return documents.Select(MongoAlertDocuments.ToAlert).ToList();
    }

    public async Task<bool> RecordDigestAsync(string alertId, DateTimeOffset? since, DateTimeOffset until, AlertMail digest, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (await _alerts.CountDocumentsAsync(ConfirmedById(alertId), cancellationToken: ct) == 0)
        {
            return false;
        }

        var recorded = await TryInsertMailAsync(digest, ct);
        await _alerts.UpdateOneAsync(WindowStartsAt(alertId, since), MoveWindowTo(until), cancellationToken: ct);
        return recorded;
    }

    public async Task<bool> RecordReminderAsync(string alertId, DateTimeOffset at, AlertMail reminder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (await _alerts.CountDocumentsAsync(ConfirmedById(alertId), cancellationToken: ct) == 0)
        {
            return false;
        }

        var recorded = await TryInsertMailAsync(reminder, ct);
        await _alerts.UpdateOneAsync(NotReminded(alertId), Reminded(at), cancellationToken: ct);
        return recorded;
    }

    public async Task<IReadOnlyList<AlertMail>> DueMailsAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        var documents = await _mails.Find(Due(now)).Sort(Oldest).Limit(limit).ToListAsync(ct);
        return documents.Select(MongoAlertDocuments.ToMail).ToList();
    }

    public async Task<AlertMail?> GetMailAsync(string id, CancellationToken ct) =>
        await _mails.Find(MailById(id)).FirstOrDefaultAsync(ct) is { } document ? MongoAlertDocuments.ToMail(document) : null;

    public Task MarkSentAsync(string mailId, DateTimeOffset at, CancellationToken ct) =>
        _mails.UpdateOneAsync(UnsentById(mailId), Sent(at), cancellationToken: ct);

    public Task MarkFailedAsync(string mailId, DateTimeOffset retryAt, string failure, CancellationToken ct) =>
        _mails.UpdateOneAsync(UnsentById(mailId), Failed(retryAt, failure), cancellationToken: ct);

    public Task PostponeAsync(string mailId, DateTimeOffset retryAt, string failure, CancellationToken ct) =>
        _mails.UpdateOneAsync(UnsentById(mailId), Postponed(retryAt, failure), cancellationToken: ct);

    public Task GiveUpAsync(string mailId, DateTimeOffset at, string failure, CancellationToken ct) =>
        _mails.UpdateOneAsync(UnsentById(mailId), GivenUp(at, failure), cancellationToken: ct);

    private async Task<bool> TryInsertMailAsync(AlertMail mail, CancellationToken ct)
    {
        try
        {
            await _mails.InsertOneAsync(MongoAlertDocuments.From(mail), cancellationToken: ct);
            return true;
        }
        catch (MongoWriteException exception) when (exception.WriteError?.Code == DuplicateKey)
        {
            return false;
        }
    }
}
