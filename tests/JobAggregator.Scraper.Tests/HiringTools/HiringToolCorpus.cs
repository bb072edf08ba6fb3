using System.Text.Json;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>The corpus cases of the hiring-tool kinds, read from the test output (or the source tree before the corpus
/// is copied there).</summary>
internal static class HiringToolCorpus
{
    /// <summary>Kinds whose body is a tool's API response or a board page holding the tool's data.</summary>
    public static readonly string[] ResponseKinds =
        ["greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee", "bamboohr", "personio", "teamtailor", "paylocity", "phenom",
            "workday", "icims", "comeet", "remoteok", "torre", "breezyhr", "jobvite", "adp", "ukg", "paycom",
            "successfactors", "pinpoint", "rippling", "manatal", "gem", "freshteam", "polymer", "oracle", "neogov", "trakstar", "jobscore", "jobylon", "homerun",
            "welcomekit", "dvinci", "softgarden", "zohorecruit", "hibob", "factorial", "bullhorn", "join", "hrmos", "hirehive", "clearcompany", "flatchr", "jobadder",
            "traffit", "hireology", "applicantpro", "wp-job-manager"];

    public static readonly string[] EmbedKinds =
        ["greenhouse-embed", "lever-embed", "ashby-embed", "workable-embed", "recruitee-embed", "bamboohr-embed", "jazzhr-embed", "paycom-embed",
            "successfactors-embed", "pinpoint-embed", "rippling-embed", "gem-embed", "freshteam-embed", "polymer-embed", "oracle-embed", "neogov-embed",
            "trakstar-embed", "jobscore-embed", "jobylon-embed", "homerun-embed", "welcomekit-embed", "dvinci-embed", "softgarden-embed", "zohorecruit-embed", "hibob-embed", "factorial-embed", "bullhorn-embed", "join-embed", "hrmos-embed", "hirehive-embed", "clearcompany-embed", "flatchr-embed",
            "personio-embed", "breezyhr-embed", "comeet-embed", "icims-embed", "workday-embed",
            "traffit-embed", "hireology-embed", "applicantpro-embed"];

    /// <summary>Cases labelled but not read yet: probe 34's answers of tools new to the project (Traffit, Hireology,
    /// ApplicantPro, WP Job Manager's REST answer) and the pages that link or embed their boards, all read empty on main.</summary>
    public static readonly HashSet<string> NotReadYet =
    [
        "traffit/job-posts-published-fundacja-pl", "hireology/public-careers-v2-rocky-mountain-us", "applicantpro/core-jobs-list-tennessee-us",
        "wp-job-manager/rest-job-listings-meta-es", "traffit-embed/kariera-widget-pusta-tablica-pl",
        "hireology-embed/join-our-team-view-openings-button-us", "applicantpro-embed/about-menu-work-at-link-us",
    ];

    private static readonly Lazy<string> Root = new(FindRoot);

    public static IEnumerable<HiringToolCorpusCase> OfKinds(IEnumerable<string> kinds) =>
        kinds.SelectMany(kind => Directory.EnumerateFiles(Path.Combine(Root.Value, kind), "*.expected.json").Order(StringComparer.Ordinal)
            .Select(label => Load(kind, label)))
            .Where(c => !NotReadYet.Contains($"{c.Kind}/{c.Name}"));

    public static HiringToolCorpusCase Case(string kind, string name) =>
        Load(kind, Path.Combine(Root.Value, kind, name + ".expected.json"));

    private static HiringToolCorpusCase Load(string kind, string labelPath)
    {
        var stem = Path.GetFileName(labelPath)[..^".expected.json".Length];
        var body = Directory.EnumerateFiles(Path.GetDirectoryName(labelPath)!, stem + ".*")
            .Single(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        using var label = JsonDocument.Parse(File.ReadAllText(labelPath));
        return new HiringToolCorpusCase(kind, stem, body, label.RootElement.Clone());
    }

    private static string FindRoot()
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Corpus");
        if (Directory.Exists(copied))
        {
            return copied;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobAggregator.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "JobAggregator.Scraper.Tests", "Corpus");
            }
        }

        throw new DirectoryNotFoundException("The extraction corpus is neither in the test output nor under the solution folder.");
    }
}
