using JobAggregator.Contracts;
using JobAggregator.Store.MongoDb;
using MongoDB.Bson.Serialization;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>What a revision names as changed, comparing the stored document, as read back, with the new message; no
/// server needed.</summary>
public sealed class RevisionChangedFieldsTests
{
    private static readonly PostingNormalized Before = Posting("key-1") with
    {
        Salary = new NormalizedSalary(50000m, 60000m, "USD", "YEAR", "$50,000 - $60,000") { AnnualMin = 50000m, AnnualMax = 60000m },
        ValidThrough = new DateOnly(2025, 4, 30),
        Categories = [PostingCategories.Attorney],
        Language = "en",
    };

    public static TheoryData<string, Func<PostingNormalized, PostingNormalized>> OneFieldChanged => new()
    {
        { "title", p => p with { Title = "Senior " + p.Title } },
        { "organization", p => p with { Organization = p.Organization with { Name = "Acme Corporation" } } },
        { "location", p => p with { Location = p.Location with { City = "Munich" } } },
        { "location", p => p with { Location = p.Location with { Hybrid = true } } },
        { "location", p => p with { Location = p.Location with { OtherPlaces = [new NormalizedPlace("Hamburg", null, "DE")] } } },
        { "employmentType", p => p with { EmploymentType = "PART_TIME" } },
        { "salary", p => p with { Salary = p.Salary! with { Max = 65000m, AnnualMax = 65000m } } },
        { "salary", p => p with { Salary = null } },
        { "datePosted", p => p with { DatePosted = new DateOnly(2025, 3, 1) } },
        { "validThrough", p => p with { ValidThrough = new DateOnly(2025, 5, 31) } },
        { "description", p => p with { DescriptionText = "New text" } },
        { "description", p => p with { DescriptionHtml = "<p>New</p>" } },
        { "url", p => p with { Url = "https://jobs.example.test/moved" } },
        { "applyUrl", p => p with { ApplyUrl = "https://jobs.example.test/apply" } },
        { "categories", p => p with { Categories = [PostingCategories.Attorney, PostingCategories.Policy] } },
        { "language", p => p with { Language = "es" } },
        { "openUntilFilled", p => p with { OpenUntilFilled = true } },
        { "sourceOrganization", p => p with { SourceOrganizationId = "acme" } },
        { "extractedBy", p => p with { ExtractedBy = "css" } },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void Names_the_one_field_that_changed(string field, Func<PostingNormalized, PostingNormalized> change)
    {
        Assert.Equal([field], ChangedFields(change(Before)));
    }

    [Fact]
    public void Names_every_field_that_changed_in_a_fixed_order()
    {
        Assert.Equal(
            ["title", "validThrough", "language"],
            ChangedFields(Before with { Language = "fr", Title = "Avocat", ValidThrough = null }));
    }

    [Fact]
    public void Same_salary_written_with_another_scale_is_no_change()
    {
        Assert.Empty(ChangedFields(Before with { Salary = Before.Salary! with { Min = 50000.00m } }));
    }

    /// <summary>The revision's changed fields when <see cref="Before"/>, stored and read back from its BSON, is seen again
    /// as <paramref name="after"/>.</summary>
    private static string[] ChangedFields(PostingNormalized after)
    {
        var stored = BsonSerializer.Deserialize<PostingDocument>(Rendered.Document(PostingDocument.Create(Before)));
        return MongoPostingCommands.Revision(stored, after with { ContentHash = "hash-2" }).ChangedFields;
    }
}
