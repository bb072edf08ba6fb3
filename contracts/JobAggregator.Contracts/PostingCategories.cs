namespace JobAggregator.Contracts;

/// <summary>The role taxonomy of the network: the values of <see cref="PostingNormalized.Categories"/>.</summary>
public static class PostingCategories
{
    public const string Attorney = "attorney";
    public const string Fellowship = "fellowship";
    public const string Investigator = "investigator";
    public const string Paralegal = "paralegal";
    public const string Intake = "intake";
    public const string SocialWork = "social-work";
    public const string Communications = "communications";
    public const string Development = "development";
    public const string Operations = "operations";
    public const string FinanceHr = "finance-hr";
    public const string Policy = "policy";
    public const string InternVolunteer = "intern-volunteer";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
    [
        Attorney, Fellowship, Investigator, Paralegal, Intake, SocialWork, Communications, Development, Operations,
        FinanceHr, Policy, InternVolunteer, Other,
    ];
}
