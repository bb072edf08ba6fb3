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
}
