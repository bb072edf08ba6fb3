using System.Text.Json;
using System.Text.Json.Nodes;
using JobAggregator.Api.Jobs;

namespace JobAggregator.Api.Pages;

/// <summary>An open opening as schema.org JobPosting JSON-LD, with what Google's job-posting guidelines require (title,
/// HTML description, datePosted, hiringOrganization, jobLocation or TELECOMMUTE with applicantLocationRequirements)
/// and what they recommend when known (validThrough, baseSalary with unitText, employmentType, identifier).</summary>
internal static class JobPostingJsonLd
{
    /// <summary>Strategies that read the member's own JobPosting markup: then the member's page is the one to index.</summary>
    private static readonly HashSet<string> MarkedUpAtTheSource = new(StringComparer.OrdinalIgnoreCase) { "json-ld", "microdata", "rdfa" };

    public static bool SourceCarriesMarkup(JobItem job) => MarkedUpAtTheSource.Contains(job.ExtractedBy) && job.Url is not null;

    /// <summary>The script's content; <see cref="JsonSerializer"/>'s default encoder escapes &lt;, &gt; and &amp;, so the
    /// text cannot close the script element.</summary>
    public static string For(JobItem job, Uri pageUrl, Uri? organizationWebsite)
    {
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = job.Title,
            ["description"] = job.Description ?? System.Net.WebUtility.HtmlEncode(job.DescriptionText ?? job.Title),
            ["datePosted"] = (job.DatePosted ?? DateOnly.FromDateTime((job.FirstSeen ?? DateTimeOffset.UtcNow).UtcDateTime)).ToString("yyyy-MM-dd"),
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = job.Organization.Name, ["value"] = job.Id },
            ["url"] = pageUrl.AbsoluteUri,
            ["directApply"] = false,
            ["hiringOrganization"] = Organization(job, organizationWebsite),
        };
        AddPlace(posting, job.Location);
        if (job.ValidThrough is { } until)
        {
            posting["validThrough"] = until.ToString("yyyy-MM-dd") + "T23:59:59";
        }

        if (job.EmploymentType is { } type)
        {
            posting["employmentType"] = type;
        }

        if (Salary(job.Salary) is { } salary)
        {
            posting["baseSalary"] = salary;
        }

        return posting.ToJsonString();
    }

    private static JsonObject Organization(JobItem job, Uri? website)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = job.Organization.Name };
        if (website is not null)
        {
            organization["sameAs"] = website.AbsoluteUri;
        }

        return organization;
    }

    private static void AddPlace(JsonObject posting, JobLocation location)
    {
        if (location.Remote && !location.Hybrid)
        {
            posting["jobLocationType"] = "TELECOMMUTE";
            posting["applicantLocationRequirements"] = new JsonObject
            {
                ["@type"] = "Country",
                ["name"] = location.Country ?? "Worldwide",
            };
            return;
        }

        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (location.City is { } city)
        {
            address["addressLocality"] = city;
        }

        if (location.Region is { } region)
        {
            address["addressRegion"] = region;
        }

        address["addressCountry"] = location.Country ?? "";
        posting["jobLocation"] = new JsonObject { ["@type"] = "Place", ["address"] = address };
    }

    private static JsonObject? Salary(JobSalary? salary)
    {
        if (salary is null || salary.Currency is null || (salary.Min is null && salary.Max is null))
        {
            return null;
        }

        var value = new JsonObject { ["@type"] = "QuantitativeValue", ["unitText"] = salary.Period ?? "YEAR" };
        if (salary.Min is { } min)
        {
            value["minValue"] = min;
        }

        if (salary.Max is { } max)
        {
            value["maxValue"] = max;
        }

        return new JsonObject { ["@type"] = "MonetaryAmount", ["currency"] = salary.Currency, ["value"] = value };
    }
}
