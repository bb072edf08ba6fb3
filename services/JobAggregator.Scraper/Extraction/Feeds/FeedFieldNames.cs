using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>The job fields feeds add in their own namespaces or extensions (<c>job:salary</c>,
/// <c>jobs:closingDate</c>, NEOGOV's <c>joblisting:advertiseToDateTime</c>, <c>_job.closes</c>), matched by local name
/// whatever the prefix.</summary>
internal static partial class FeedFieldNames
{
    public static FieldKind KindOf(string localName)
    {
        var name = Separators().Replace(localName, "").ToLowerInvariant();
        return name switch
        {
            "salary" or "salaryrange" or "basesalary" or "pay" or "payrange" or "compensation" or "wage" or "wages" or "remuneration"
                or "salario" or "salaire" or "salaris" or "stipendio" => FieldKind.Salary,
            "closing" or "closingdate" or "closes" or "closedate" or "deadline" or "applicationdeadline" or "validthrough" or "expires"
                or "expirydate" or "expirationdate" or "expiration" or "enddate" or "applyby" or "advertisetodatetime" or "advertisetodate"
                => FieldKind.ValidThrough,
            "location" or "joblocation" or "locations" or "place" or "workplace" or "worklocation" or "address" => FieldKind.Location,
            "jobtype" or "employmenttype" or "type" or "contracttype" or "schedule" or "worktype" or "employment" or "hours"
                or "jobschedule" => FieldKind.EmploymentType,
            "company" or "companyname" or "organization" or "organisation" or "employer" or "hiringorganization" or "hiringorganisation"
                or "org" => FieldKind.Organization,
            "dateposted" or "posted" or "postedon" or "publishdate" or "published" => FieldKind.DatePosted,
            _ => FieldKind.None,
        };
    }

    [GeneratedRegex(@"[-_.\s]")]
    private static partial Regex Separators();
}
