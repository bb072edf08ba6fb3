namespace JobAggregator.Scraper.Discovery;

/// <summary>Hosts of hiring tools' public job boards. A link from an organisation's site to one of them is the
/// strongest sign of where its openings are, even though it leaves the site.</summary>
internal static class HiringToolHosts
{
    private static readonly (string Host, string Tool)[] Exact =
    [
        ("boards.greenhouse.io", "Greenhouse"), ("job-boards.greenhouse.io", "Greenhouse"),
        ("jobs.lever.co", "Lever"), ("jobs.eu.lever.co", "Lever"),
        ("jobs.ashbyhq.com", "Ashby"),
        ("apply.workable.com", "Workable"),
        ("jobs.smartrecruiters.com", "SmartRecruiters"), ("careers.smartrecruiters.com", "SmartRecruiters"),
        ("recruiting.paylocity.com", "Paylocity"),
        ("jobs.jobvite.com", "Jobvite"),
        ("www.governmentjobs.com", "NEOGOV"), ("www.schooljobs.com", "NEOGOV"),
        ("www.paycomonline.net", "Paycom"), ("paycomonline.net", "Paycom"),
        ("workforcenow.adp.com", "ADP Workforce Now"),
        ("recruiting.ultipro.com", "UKG Pro"), ("recruiting2.ultipro.com", "UKG Pro"), ("recruiting.ultipro.ca", "UKG Pro"),
        ("ats.rippling.com", "Rippling"),
        ("www.careers-page.com", "Manatal"), ("careers-page.com", "Manatal"),
        ("jobs.gem.com", "Gem"),
        ("jobs.polymer.co", "Polymer"),
        ("careers.jobscore.com", "JobScore"),
    ];

    // Boards on an organisation's own subdomain of the tool's domain; the tool's www host is its marketing site.
    private static readonly (string Suffix, string Tool)[] Subdomains =
    [
        (".applytojob.com", "JazzHR"),
        (".bamboohr.com", "BambooHR"),
        (".recruitee.com", "Recruitee"),
        (".jobs.personio.de", "Personio"), (".jobs.personio.com", "Personio"),
        (".teamtailor.com", "Teamtailor"),
        (".workable.com", "Workable"),
        (".icims.com", "iCIMS"),
        (".myworkdayjobs.com", "Workday"),
        (".breezy.hr", "Breezy HR"),
        (".pinpointhq.com", "Pinpoint"),
        (".careers-page.com", "Manatal"),
        (".freshteam.com", "Freshteam"),
        (".hire.trakstar.com", "Trakstar Hire"), (".recruiterbox.com", "Trakstar Hire"),
        (".homerun.co", "Homerun"),
        (".dvinci-hr.com", "d.vinci"), (".dvinci.de", "d.vinci"), (".dvinci-easy.com", "d.vinci"),
        (".career.softgarden.de", "softgarden"), (".softgarden.io", "softgarden"),
        (".zohorecruit.com", "Zoho Recruit"), (".zohorecruit.in", "Zoho Recruit"), (".zohorecruit.eu", "Zoho Recruit"), (".zohorecruit.com.au", "Zoho Recruit"), (".zohorecruit.jp", "Zoho Recruit"),
        (".careers.hibob.com", "HiBob"), (".factorialhr.com", "Factorial"),
        (".taleo.net", "Taleo"),
        (".successfactors.com", "SuccessFactors"), (".successfactors.eu", "SuccessFactors"), (".sapsf.com", "SuccessFactors"), (".sapsf.eu", "SuccessFactors"),
    ];

    /// <summary>The tool whose job board <paramref name="host"/> is; null when it is none of them.</summary>
    public static string? Tool(string host)
    {
        var name = host.ToLowerInvariant().TrimEnd('.');
        foreach (var (exact, tool) in Exact)
        {
            if (name == exact)
            {
                return tool;
            }
        }

        foreach (var (suffix, tool) in Subdomains)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && !name.StartsWith("www.", StringComparison.Ordinal)
                && name.Length > suffix.Length)
            {
                return tool;
            }
        }

        // Oracle's Fusion applications pods (ejzp.fa.us2.oraclecloud.com) serve its career sites; its other cloud hosts do not.
        return name.EndsWith(".oraclecloud.com", StringComparison.Ordinal) && name.Contains(".fa.", StringComparison.Ordinal)
            ? "Oracle Recruiting Cloud"
            : null;
    }
}
