namespace JobAggregator.Store.Alerts;

public enum AlertKind
{
    /// <summary>A digest of new openings matching a saved search.</summary>
    Search,

    /// <summary>One reminder a few days before a followed opening closes.</summary>
    Reminder,
}
