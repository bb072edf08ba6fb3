namespace JobAggregator.Host.Roles;

[Flags]
internal enum HostRole
{
    None = 0,
    Scheduler = 1,
    Scraper = 2,
    Normalizer = 4,
    Store = 8,
    Api = 16,
    All = Scheduler | Scraper | Normalizer | Store | Api,
}
