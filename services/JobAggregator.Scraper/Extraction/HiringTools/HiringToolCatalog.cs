namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Every hiring tool the scraper reads. Order matters only for API responses, whose shapes are told apart by
/// fields each tool alone uses.</summary>
internal static class HiringToolCatalog
{
    public static IReadOnlyList<IHiringTool> All { get; } =
    [
        new GreenhouseTool(),
        new LeverTool(),
        new AshbyTool(),
        new WorkableTool(),
        new SmartRecruitersTool(),
        new RecruiteeTool(),
        new BambooHrTool(),
        new PersonioTool(),
        new TeamtailorTool(),
        new JazzHrTool(),
        new PaylocityTool(),
        new PhenomTool(),
        new WorkdayTool(),
        new IcimsTool(),
        new ComeetTool(),
        new RemoteOkTool(),
        new TorreTool(),
        new BreezyHrTool(),
        new JobviteTool(),
        new AdpWorkforceNowTool(),
        new UkgProTool(),
        new PaycomTool(),
        new SuccessFactorsTool(),
        new PinpointTool(),
        new RipplingTool(),
        new ManatalTool(),
        new GemTool(),
        new FreshteamTool(),
        new PolymerTool(),
        new OracleRecruitingTool(),
        new NeogovTool(),
        new TrakstarHireTool(),
        new JobScoreTool(),
        new JobylonTool(),
        new HomerunTool(),
        new WelcomeKitTool(),
        new DvinciTool(),
        new SoftgardenTool(),
        new ZohoRecruitTool(),
        new HiBobTool(),
        new FactorialTool(),
        new BullhornTool(),
        new JoinTool(),
        new HrmosTool(),
    ];
}
