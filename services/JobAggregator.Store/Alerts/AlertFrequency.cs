namespace JobAggregator.Store.Alerts;

public enum AlertFrequency
{
    Daily,
    Weekly,
}
