using JobAggregator.Normalizer.Employment;

namespace JobAggregator.Normalizer.Tests.EmploymentTypes;

public sealed class EmploymentTypeMapperTests
{
    [Theory]
    [InlineData("FULL_TIME", "FULL_TIME")]
    [InlineData("Full-time", "FULL_TIME")]
    [InlineData("full time", "FULL_TIME")]
    [InlineData("Full Time, Salaried", "FULL_TIME")]
    [InlineData("Salaried, full time, non-exempt", "FULL_TIME")]
    [InlineData("Full-time, salaried; 24-month contract, renewable with funding", "FULL_TIME")]
    [InlineData("Full-time temporary", "FULL_TIME")]
    [InlineData("part-time", "PART_TIME")]
    [InlineData("PART_TIME", "PART_TIME")]
    [InlineData("Part-time or full-time", "PART_TIME")]
    [InlineData("Contract", "CONTRACTOR")]
    [InlineData("Contractor", "CONTRACTOR")]
    [InlineData("24-month contract", "CONTRACTOR")]
    [InlineData("CONTRACTOR", "CONTRACTOR")]
    [InlineData("Temporary", "TEMPORARY")]
    [InlineData("Seasonal", "TEMPORARY")]
    [InlineData("Internship", "INTERN")]
    [InlineData("Intern", "INTERN")]
    [InlineData("Full-time summer internship", "INTERN")]
    [InlineData("Volunteer", "VOLUNTEER")]
    [InlineData("Part-time volunteer", "VOLUNTEER")]
    [InlineData("Fellowship", "FULL_TIME")]
    [InlineData("Two-year post-graduate fellowship", "FULL_TIME")]
    [InlineData("Part-time fellowship", "PART_TIME")]
    [InlineData("Per diem", "PER_DIEM")]
    [InlineData("PER_DIEM", "PER_DIEM")]
    [InlineData("OTHER", "OTHER")]
    [InlineData("Tiempo completo", "FULL_TIME")]
    [InlineData("Temps partiel", "PART_TIME")]
    [InlineData("Stage", "INTERN")]
    [InlineData("Stagiaire", "INTERN")]
    [InlineData("Stagiair", "INTERN")]
    [InlineData("Tirocinio", "INTERN")]
    [InlineData("Pasantía", "INTERN")]
    [InlineData("Pasantía de tiempo completo", "INTERN")]
    [InlineData("Praktikum", "INTERN")]
    [InlineData("Vrijwilligerswerk", "VOLUNTEER")]
    [InlineData("Vrijwilliger", "VOLUNTEER")]
    [InlineData("Bénévole", "VOLUNTEER")]
    [InlineData("Volontariato", "VOLUNTEER")]
    [InlineData("Voluntariado", "VOLUNTEER")]
    [InlineData("Ehrenamtlich", "VOLUNTEER")]
    [InlineData("tiempo completo", "FULL_TIME")]
    [InlineData("Jornada completa", "FULL_TIME")]
    [InlineData("temps plein", "FULL_TIME")]
    [InlineData("Temps complet, CDI", "FULL_TIME")]
    [InlineData("tempo pieno", "FULL_TIME")]
    [InlineData("Tempo pieno, tempo determinato", "FULL_TIME")]
    [InlineData("Voltijd", "FULL_TIME")]
    [InlineData("Vollzeit", "FULL_TIME")]
    [InlineData("Medio tiempo", "PART_TIME")]
    [InlineData("Tempo parziale", "PART_TIME")]
    [InlineData("Deeltijd", "PART_TIME")]
    [InlineData("Teilzeit", "PART_TIME")]
    [InlineData("CDD", "TEMPORARY")]
    [InlineData("Tempo determinato", "TEMPORARY")]
    [InlineData("Tijdelijk", "TEMPORARY")]
    [InlineData("Contrato por honorarios", "CONTRACTOR")]
    [InlineData("Beca", "FULL_TIME")]
    [InlineData("Full-time, unclassified, exempt", "FULL_TIME")]
    [InlineData("FULL_TIME, PART_TIME", "FULL_TIME")]
    public void Maps_to_a_schema_org_employment_type(string text, string expected)
    {
        Assert.Equal(expected, EmploymentTypeMapper.Map(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Staff attorney and clinical teacher")]
    [InlineData("International")]
    [InlineData("Exempt")]
    public void Gives_no_type_for_text_that_names_none(string? text)
    {
        Assert.Null(EmploymentTypeMapper.Map(text));
    }
}
