using JobAggregator.Normalizer.Categories;

namespace JobAggregator.Normalizer.Tests.Categories;

public sealed class CategoryClassifierTests
{
    public static TheoryData<string, string?, string> Titles => new()
    {
        { "Post-Graduate Fellowship Program", null, "fellowship" },
        { "Operations Coordinator", null, "operations" },
        { "Supervising Attorney", null, "attorney" },
        { "Chief Communications Officer", null, "communications" },
        { "Litigation Director", null, "attorney" },
        { "Assistant Public Defender 2 – Wrongful Conviction Project", null, "attorney" },
        { "Finance and Human Resources Manager", null, "finance-hr" },
        { "Staff Attorney (Post-Conviction Litigation)", null, "attorney" },
        { "Latino Initiative Attorney", null, "attorney" },
        { "Strategic Litigation Counsel", null, "attorney" },
        { "Legal Fellow", null, "attorney,fellowship" },
        { "Investigator", null, "investigator" },
        { "Investigator – Mid-Atlantic Innocence Project", null, "investigator" },
        { "Paralegal", null, "paralegal" },
        { "Legal Assistant", null, "paralegal" },
        { "Intake Assistant", null, "intake" },
        { "Intake Coordinator", null, "intake" },
        { "Social Worker", null, "social-work" },
        { "Client Services Coordinator", null, "social-work" },
        { "Reentry Specialist", null, "social-work" },
        { "Communications Manager", null, "communications" },
        { "Digital Media Manager", null, "communications" },
        { "Development Director", null, "development" },
        { "Grants Manager", null, "development" },
        { "Fundraising Associate", null, "development" },
        { "Office Manager", null, "operations" },
        { "Administrative Assistant", null, "operations" },
        { "Accountant", null, "finance-hr" },
        { "HR Generalist", null, "finance-hr" },
        { "Human Resources Coordinator", null, "finance-hr" },
        { "Policy Advocate", null, "policy" },
        { "Director of Policy and Advocacy", null, "policy" },
        { "Forensic Science Policy Intern", null, "policy,intern-volunteer" },
        { "Summer Law Clerk", null, "intern-volunteer" },
        { "Law Clerk", null, "intern-volunteer" },
        { "Volunteer Investigator", null, "investigator,intern-volunteer" },
        { "Interning at IPNO", null, "intern-volunteer" },
        { "Internship", null, "intern-volunteer" },
        { "Executive Director", null, "other" },
        { "Abogado/a de litigio estratégico", null, "attorney" },
        { "Avocat(e) – Projet Innocence", null, "attorney" },
        { "Stagiaire juridique", null, "intern-volunteer" },
        { "Tirocinio in clinica legale", null, "intern-volunteer" },
        { "Vrijwilliger juridisch medewerker", null, "paralegal,intern-volunteer" },
        { "Join our team", "We are hiring a paralegal to support our attorneys with case files.", "paralegal" },
        { "We're Hiring", "The Innocence Project seeks a Staff Attorney to join its litigation team.", "attorney" },
        { "Open position", null, "other" },
        { "Open position", "Come and work with us in our office.", "other" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void Places_a_posting_in_the_network_taxonomy(string title, string? description, string expected)
    {
        Assert.Equal(expected, string.Join(',', CategoryClassifier.Classify(title, description)));
    }

    [Fact]
    public void Reads_the_description_only_when_the_title_says_nothing()
    {
        var categories = CategoryClassifier.Classify("Investigator", "You will work closely with our attorneys and paralegals.");

        Assert.Equal(["investigator"], categories);
    }
}
