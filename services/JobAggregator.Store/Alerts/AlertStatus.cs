namespace JobAggregator.Store.Alerts;

public enum AlertStatus
{
    /// <summary>Waiting for the address to confirm it: nothing but the confirmation mail is sent.</summary>
    Pending,

    Confirmed,

    Unsubscribed,
}
