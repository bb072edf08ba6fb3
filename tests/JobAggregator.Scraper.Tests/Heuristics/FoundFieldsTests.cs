using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class FoundFieldsTests
{
    [Theory]
    [InlineData("presencial", "por honorarios, contrato de 6 meses renovable", "presencial, por honorarios, contrato de 6 meses renovable")]
    [InlineData("híbrida (3 días en oficina)", "por tiempo indeterminado", "híbrida (3 días en oficina), por tiempo indeterminado")]
    [InlineData("Hybrid", "Contract, 6 months", "Hybrid, Contract, 6 months")]
    [InlineData("Ibrido", "Tempo determinato 12 mesi", "Ibrido, Tempo determinato 12 mesi")]
    [InlineData("Télétravail", "CDD 12 mois", "Télétravail, CDD 12 mois")]
    [InlineData("Full time", "Contract", "Full time")]
    [InlineData("remoto", "presencial", "remoto")]
    public void A_type_label_that_named_only_the_way_of_working_keeps_the_contract_read_after_it(string first, string later, string expected)
    {
        var fields = new FoundFields();

        fields.Set(FieldKind.EmploymentType, first);
        fields.Set(FieldKind.EmploymentType, later);

        Assert.Equal(expected, fields.EmploymentType);
    }

    [Theory]
    [InlineData("híbrida (3 días en oficina)", "lunes a viernes de 9 a 18 h", "por tiempo indeterminado, con prestaciones de ley")]
    [InlineData("Hybrid", "37.5 hours per week", "Permanent contract")]
    [InlineData("Ibrido", "36 ore settimanali", "Tempo indeterminato")]
    [InlineData("Télétravail", "35 heures par semaine", "CDI")]
    public void A_way_of_working_with_its_hours_keeps_the_contract_read_after_them(string way, string hours, string contract)
    {
        var fields = new FoundFields();

        fields.Set(FieldKind.EmploymentType, way);
        fields.Set(FieldKind.EmploymentType, hours);
        fields.Set(FieldKind.EmploymentType, contract);

        Assert.Equal($"{way}, {hours}, {contract}", fields.EmploymentType);
    }
}
