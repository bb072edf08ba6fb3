using JobAggregator.Api.Jobs;
using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using JobAggregator.Store.Alerts;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Alerts;

/// <summary>One pass over the confirmed alerts: records each digest that is due and has new openings, and each
/// reminder whose opening closes soon, then sends what the outbox holds. Run by <see cref="AlertJob"/> on its schedule,
/// and callable directly, so tests need no clock to pass.</summary>
internal sealed class AlertDigests(
    IAlertStore store,
    IPostingReader reader,
    OrganizationDirectory organizations,
    AlertMailComposer composer,
    AlertMailSender sender,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertDigests> logger)
{
    /// <summary>A digest lists at most this many openings, newest first; the mail links to the whole search.</summary>
    public const int MaxOpenings = 50;

    private const int MaxPagesRead = 10;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var alert in await store.ListConfirmedAsync(ct))
        {
            if (alert.Kind == AlertKind.Search)
            {
                await DigestAsync(alert, ct);
            }
            else
            {
                await RemindAsync(alert, ct);
            }
        }

        await sender.SendDueAsync(ct);
    }

    private async Task DigestAsync(Alert alert, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (alert.DigestedUntil is { } last && now < last + alert.Period)
        {
            return;
        }

        // The first digest covers the period before the confirmation, so it is not empty for a search that has openings.
        var since = alert.DigestedUntil ?? (alert.ConfirmedAt ?? alert.CreatedAt) - alert.Period;
        var openings = await NewOpeningsAsync(alert, since, now, ct);
        if (openings.Count == 0)
        {
            return;
        }

        if (await store.RecordDigestAsync(alert.Id, alert.DigestedUntil, now, composer.Digest(alert, since, openings), ct))
        {
            AlertLog.DigestRecorded(logger, alert.Id, openings.Count);
        }
    }

    /// <summary>Open openings of the search first seen in (since, until], newest first.</summary>
    private async Task<IReadOnlyList<JobItem>> NewOpeningsAsync(Alert alert, DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        var found = new List<JobItem>();
        for (var page = 1; page <= MaxPagesRead && found.Count < MaxOpenings; page++)
        {
            var parameters = AlertSearch.ReadPage(alert.Search, page);
            var (list, errors) = await JobEndpoints.SearchAsync(parameters, reader, organizations, JobEndpoints.Today(time), withFacets: false, ct);
            if (list is null)
            {
                AlertLog.SearchInvalid(logger, alert.Id, string.Join("; ", errors.SelectMany(e => e.Value)));
                return [];
            }

            found.AddRange(list.Items.Where(job => job.FirstSeen is { } seen && seen > since && seen <= until));
            if (page * list.PageSize >= list.Total)
            {
                break;
            }
        }

        return found.Take(MaxOpenings).ToList();
    }

    private async Task RemindAsync(Alert alert, CancellationToken ct)
    {
        if (alert.RemindedAt is not null || alert.PostingId is null
            || await reader.GetAsync(alert.PostingId, ct) is not { Status: PostingStatus.Open, Content.ValidThrough: { } closes } posting)
        {
            return;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (closes < today || closes.DayNumber - today.DayNumber > options.Value.ReminderDaysBeforeClosing)
        {
            return;
        }

        await store.RecordReminderAsync(alert.Id, time.GetUtcNow(), composer.Reminder(alert, JobItem.From(posting), closes), ct);
    }
}
