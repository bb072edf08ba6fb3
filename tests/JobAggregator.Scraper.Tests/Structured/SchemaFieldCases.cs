using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.Structured;

/// <summary>Every JobPosting field the scraper reads, each in JSON-LD, microdata and RDFa, including what JSON-LD alone
/// used to handle (a bare-number baseSalary, directApply, an EntryPoint's urlTemplate, estimatedSalary).</summary>
internal static class SchemaFieldCases
{
    public static readonly Uri Page = new("https://members.test/careers/");

    private const string Organization = "https://schema.org/Organization";
    private const string Place = "https://schema.org/Place";
    private const string Address = "https://schema.org/PostalAddress";
    private const string Country = "https://schema.org/Country";
    private const string Amount = "https://schema.org/MonetaryAmount";
    private const string Quantity = "https://schema.org/QuantitativeValue";

    public static IReadOnlyDictionary<string, SchemaFieldCase> All { get; } = new Dictionary<string, SchemaFieldCase>
    {
        ["title only"] = new("", "", "", Draft()),
        ["description as HTML"] = new(
            """ "description":"<p>Represent clients at trial.</p>" """,
            """<div itemprop="description"><p>Represent clients at trial.</p></div>""",
            """<div property="description"><p>Represent clients at trial.</p></div>""",
            Draft() with { DescriptionHtml = "<p>Represent clients at trial.</p>" }),
        ["dates"] = new(
            """ "datePosted":"2024-05-01","validThrough":"2024-06-30T23:59" """,
            """<time itemprop="datePosted" datetime="2024-05-01">1 May</time><meta itemprop="validThrough" content="2024-06-30T23:59">""",
            """<time property="datePosted" datetime="2024-05-01">1 May</time><span property="validThrough" content="2024-06-30T23:59">30 June</span>""",
            Draft() with { DatePosted = "2024-05-01", ValidThrough = "2024-06-30T23:59" }),
        ["employment types"] = new(
            """ "employmentType":["FULL_TIME","CONTRACTOR"] """,
            """<span itemprop="employmentType">FULL_TIME</span> <span itemprop="employmentType">CONTRACTOR</span>""",
            """<span property="employmentType">FULL_TIME</span> <span property="employmentType">CONTRACTOR</span>""",
            Draft() with { EmploymentType = "FULL_TIME, CONTRACTOR" }),
        ["organisation with name, sameAs, url and logo"] = new(
            """ "hiringOrganization":{"@type":"Organization","name":"Acme Legal Aid","sameAs":"https://acme.example","url":"https://acme.example/","logo":"https://acme.example/logo.png"} """,
            $"""<div itemprop="hiringOrganization" itemscope itemtype="{Organization}"><a itemprop="url" href="https://acme.example/"><span itemprop="name">Acme Legal Aid</span></a><link itemprop="sameAs" href="https://acme.example"><img itemprop="logo" src="https://acme.example/logo.png" alt=""></div>""",
            """<div property="hiringOrganization" typeof="Organization"><a property="url" href="https://acme.example/"><span property="name">Acme Legal Aid</span></a><link property="sameAs" href="https://acme.example"><img property="logo" src="https://acme.example/logo.png" alt=""></div>""",
            Draft() with { Organization = "Acme Legal Aid" }),
        ["organisation by legal name"] = new(
            """ "hiringOrganization":{"@type":"Organization","legalName":"Acme Legal Aid Society, Inc."} """,
            $"""<div itemprop="hiringOrganization" itemscope itemtype="{Organization}"><span itemprop="legalName">Acme Legal Aid Society, Inc.</span></div>""",
            """<div property="hiringOrganization" typeof="Organization"><span property="legalName">Acme Legal Aid Society, Inc.</span></div>""",
            Draft() with { Organization = "Acme Legal Aid Society, Inc." }),
        ["organisation as a link to its site"] = new(
            """ "hiringOrganization":"Acme Legal Aid" """,
            """<a itemprop="hiringOrganization" href="https://acme.example/">Acme Legal Aid</a>""",
            """<a property="hiringOrganization" href="https://acme.example/">Acme Legal Aid</a>""",
            Draft() with { Organization = "Acme Legal Aid" }),
        ["place with a postal address"] = new(
            """ "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","streetAddress":"1 Main St","addressLocality":"Columbus","addressRegion":"OH","addressCountry":"US"}} """,
            $"""<div itemprop="jobLocation" itemscope itemtype="{Place}"><div itemprop="address" itemscope itemtype="{Address}"><span itemprop="streetAddress">1 Main St</span>, <span itemprop="addressLocality">Columbus</span>, <span itemprop="addressRegion">OH</span> <meta itemprop="addressCountry" content="US"></div></div>""",
            """<div property="jobLocation" typeof="Place"><div property="address" typeof="PostalAddress"><span property="streetAddress">1 Main St</span>, <span property="addressLocality">Columbus</span>, <span property="addressRegion">OH</span> <meta property="addressCountry" content="US"></div></div>""",
            Draft() with { Location = "Columbus, OH, US" }),
        ["address parts in the place and the country as an item"] = new(
            """ "jobLocation":{"@type":"Place","addressLocality":"Lyon","addressCountry":{"@type":"Country","name":"FR"}} """,
            $"""<div itemprop="jobLocation" itemscope itemtype="{Place}"><span itemprop="addressLocality">Lyon</span> <span itemprop="addressCountry" itemscope itemtype="{Country}"><span itemprop="name">FR</span></span></div>""",
            """<div property="jobLocation" typeof="Place"><span property="addressLocality">Lyon</span> <span property="addressCountry" typeof="Country"><span property="name">FR</span></span></div>""",
            Draft() with { Location = "Lyon, FR" }),
        ["two places"] = new(
            """ "jobLocation":[{"@type":"Place","address":"Dayton, OH"},{"@type":"Place","name":"Toledo office"}] """,
            $"""<div itemprop="jobLocation" itemscope itemtype="{Place}"><span itemprop="address">Dayton, OH</span></div><div itemprop="jobLocation" itemscope itemtype="{Place}"><span itemprop="name">Toledo office</span></div>""",
            """<div property="jobLocation" typeof="Place"><span property="address">Dayton, OH</span></div><div property="jobLocation" typeof="Place"><span property="name">Toledo office</span></div>""",
            Draft() with { Location = "Dayton, OH; Toledo office" }),
        ["remote with where applicants must live"] = new(
            """ "jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"United States"} """,
            $"""<meta itemprop="jobLocationType" content="TELECOMMUTE"><div itemprop="applicantLocationRequirements" itemscope itemtype="{Country}"><span itemprop="name">United States</span></div>""",
            """<meta property="jobLocationType" content="TELECOMMUTE"><div property="applicantLocationRequirements" typeof="Country"><span property="name">United States</span></div>""",
            Draft() with { Location = "Remote - United States" }),
        ["an office that may also be worked from remotely"] = new(
            """ "jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Berlin","addressCountry":"DE"}},"jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"Deutschland"} """,
            $"""<div itemprop="jobLocation" itemscope itemtype="{Place}"><div itemprop="address" itemscope itemtype="{Address}"><span itemprop="addressLocality">Berlin</span><meta itemprop="addressCountry" content="DE"></div></div><meta itemprop="jobLocationType" content="TELECOMMUTE"><div itemprop="applicantLocationRequirements" itemscope itemtype="{Country}"><span itemprop="name">Deutschland</span></div>""",
            """<div property="jobLocation" typeof="Place"><div property="address" typeof="PostalAddress"><span property="addressLocality">Berlin</span><meta property="addressCountry" content="DE"></div></div><meta property="jobLocationType" content="TELECOMMUTE"><div property="applicantLocationRequirements" typeof="Country"><span property="name">Deutschland</span></div>""",
            Draft() with { Location = "Berlin, DE or Remote" }),
        ["remote anywhere"] = new(
            """ "jobLocationType":"TELECOMMUTE" """,
            """<meta itemprop="jobLocationType" content="TELECOMMUTE">""",
            """<meta property="jobLocationType" content="TELECOMMUTE">""",
            Draft() with { Location = "Remote" }),
        ["bare baseSalary number in the posting's currency"] = new(
            """ "baseSalary":52000,"salaryCurrency":"USD" """,
            """<span itemprop="baseSalary">52,000</span> <meta itemprop="salaryCurrency" content="USD">""",
            """<span property="baseSalary">52,000</span> <meta property="salaryCurrency" content="USD">""",
            Draft() with { Salary = new ScrapedSalary(52000m, 52000m, "USD", null) }),
        ["range in a QuantitativeValue"] = new(
            """ "baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":48500,"maxValue":56000,"unitText":"YEAR"}} """,
            $"""<div itemprop="baseSalary" itemscope itemtype="{Amount}"><meta itemprop="currency" content="USD"><div itemprop="value" itemscope itemtype="{Quantity}"><data itemprop="minValue" value="48500">$48,500</data> to <data itemprop="maxValue" value="56000">$56,000</data> a <meta itemprop="unitText" content="YEAR">year</div></div>""",
            """<div property="baseSalary" typeof="MonetaryAmount"><meta property="currency" content="USD"><div property="value" typeof="QuantitativeValue"><span property="minValue" content="48500">$48,500</span> to <span property="maxValue" content="56000">$56,000</span> a <span property="unitText" content="YEAR">year</span></div></div>""",
            Draft() with { Salary = new ScrapedSalary(48500m, 56000m, "USD", "YEAR") }),
        ["minimum only"] = new(
            """ "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","minValue":"2,400","unitText":"MONTH"}} """,
            $"""<div itemprop="baseSalary" itemscope itemtype="{Amount}"><meta itemprop="currency" content="EUR"><div itemprop="value" itemscope itemtype="{Quantity}">from <span itemprop="minValue">2,400</span> <meta itemprop="unitText" content="MONTH"></div></div>""",
            """<div property="baseSalary" typeof="MonetaryAmount"><meta property="currency" content="EUR"><div property="value" typeof="QuantitativeValue">from <span property="minValue">2,400</span> <meta property="unitText" content="MONTH"></div></div>""",
            Draft() with { Salary = new ScrapedSalary(2400m, null, "EUR", "MONTH") }),
        ["one value in a QuantitativeValue"] = new(
            """ "baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","value":25.5,"unitText":"HOUR"}} """,
            $"""<div itemprop="baseSalary" itemscope itemtype="{Amount}"><meta itemprop="currency" content="EUR"><div itemprop="value" itemscope itemtype="{Quantity}"><span itemprop="value">25.50</span> <meta itemprop="unitText" content="HOUR"></div></div>""",
            """<div property="baseSalary" typeof="MonetaryAmount"><meta property="currency" content="EUR"><div property="value" typeof="QuantitativeValue"><span property="value">25.50</span> <meta property="unitText" content="HOUR"></div></div>""",
            Draft() with { Salary = new ScrapedSalary(25.5m, 25.5m, "EUR", "HOUR") }),
        ["MonetaryAmount with its own value and unit"] = new(
            """ "baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":30000,"unitText":"YEAR"} """,
            $"""<div itemprop="baseSalary" itemscope itemtype="{Amount}"><meta itemprop="currency" content="GBP"><span itemprop="value">30000</span><meta itemprop="unitText" content="YEAR"></div>""",
            """<div property="baseSalary" typeof="MonetaryAmount"><meta property="currency" content="GBP"><span property="value">30000</span><meta property="unitText" content="YEAR"></div>""",
            Draft() with { Salary = new ScrapedSalary(30000m, 30000m, "GBP", "YEAR") }),
        ["estimatedSalary when no baseSalary"] = new(
            """ "estimatedSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":60000,"maxValue":70000,"unitText":"YEAR"}} """,
            $"""<div itemprop="estimatedSalary" itemscope itemtype="{Amount}"><meta itemprop="currency" content="USD"><div itemprop="value" itemscope itemtype="{Quantity}"><meta itemprop="minValue" content="60000"><meta itemprop="maxValue" content="70000"><meta itemprop="unitText" content="YEAR"></div></div>""",
            """<div property="estimatedSalary" typeof="MonetaryAmount"><meta property="currency" content="USD"><div property="value" typeof="QuantitativeValue"><meta property="minValue" content="60000"><meta property="maxValue" content="70000"><meta property="unitText" content="YEAR"></div></div>""",
            Draft() with { Salary = new ScrapedSalary(60000m, 70000m, "USD", "YEAR") }),
        ["pay as words"] = new(
            """ "baseSalary":"$20 - $25 an hour" """,
            """<span itemprop="baseSalary">$20 - $25 an hour</span>""",
            """<span property="baseSalary">$20 - $25 an hour</span>""",
            Draft() with { SalaryText = "$20 - $25 an hour" }),
        ["url resolved against the page"] = new(
            """ "url":"/jobs/staff-attorney" """,
            """<a itemprop="url" href="/jobs/staff-attorney">Details</a>""",
            """<a property="url" href="/jobs/staff-attorney">Details</a>""",
            Draft() with { Url = new Uri("https://members.test/jobs/staff-attorney") }),
        ["directApply on the posting's own page"] = new(
            """ "url":"/jobs/staff-attorney","directApply":true """,
            """<a itemprop="url" href="/jobs/staff-attorney">Details</a><meta itemprop="directApply" content="true">""",
            """<a property="url" href="/jobs/staff-attorney">Details</a><meta property="directApply" content="true">""",
            Draft() with { Url = new Uri("https://members.test/jobs/staff-attorney"), ApplyUrl = new Uri("https://members.test/jobs/staff-attorney") }),
        ["directApply false"] = new(
            """ "url":"/jobs/staff-attorney","directApply":false """,
            """<a itemprop="url" href="/jobs/staff-attorney">Details</a><meta itemprop="directApply" content="false">""",
            """<a property="url" href="/jobs/staff-attorney">Details</a><meta property="directApply" content="false">""",
            Draft() with { Url = new Uri("https://members.test/jobs/staff-attorney") }),
        ["apply action with an EntryPoint's urlTemplate"] = new(
            """ "potentialAction":{"@type":"ApplyAction","target":{"@type":"EntryPoint","urlTemplate":"https://apply.example/jobs/7"}} """,
            """<div itemprop="potentialAction" itemscope itemtype="https://schema.org/ApplyAction"><div itemprop="target" itemscope itemtype="https://schema.org/EntryPoint"><meta itemprop="urlTemplate" content="https://apply.example/jobs/7"></div></div>""",
            """<div property="potentialAction" typeof="ApplyAction"><div property="target" typeof="EntryPoint"><meta property="urlTemplate" content="https://apply.example/jobs/7"></div></div>""",
            Draft() with { ApplyUrl = new Uri("https://apply.example/jobs/7") }),
        ["apply action with a plain target"] = new(
            """ "potentialAction":{"@type":"ApplyAction","target":"https://apply.example/jobs/8"} """,
            """<div itemprop="potentialAction" itemscope itemtype="https://schema.org/ApplyAction"><link itemprop="target" href="https://apply.example/jobs/8"></div>""",
            """<div property="potentialAction" typeof="ApplyAction"><link property="target" href="https://apply.example/jobs/8"></div>""",
            Draft() with { ApplyUrl = new Uri("https://apply.example/jobs/8") }),
        ["identifier is the posting's own, not its title"] = new(
            """ "identifier":{"@type":"PropertyValue","name":"Acme Legal Aid","value":"JOB-7"} """,
            """<div itemprop="identifier" itemscope itemtype="https://schema.org/PropertyValue"><meta itemprop="name" content="Acme Legal Aid"><meta itemprop="value" content="JOB-7"></div>""",
            """<div property="identifier" typeof="PropertyValue"><meta property="name" content="Acme Legal Aid"><meta property="value" content="JOB-7"></div>""",
            Draft()),
    };

    private static PostingDraft Draft() => new() { Title = SchemaFieldCase.Title, FoundOn = Page };
}
