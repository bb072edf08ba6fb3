namespace JobAggregator.Api.Alerts;

internal enum AlertLinkProblem
{
    None,

    /// <summary>The link was changed, cut short, or signed with a key this site does not have.</summary>
    Invalid,

    Expired,
}
