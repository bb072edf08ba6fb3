using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class FinishedProceduresTests
{
    [Theory]
    [InlineData("Lista de ordenação final homologada (PDF)")]
    [InlineData(" · Procedimento concluído")]
    [InlineData("Resultados finales")]
    [InlineData("Resultado final")]
    [InlineData("Proceso concluido")]
    [InlineData("Résultats définitifs du recrutement")]
    [InlineData("Procédure close")]
    [InlineData("Graduatoria finale (PDF)")]
    [InlineData("Esito della selezione")]
    [InlineData("Esito")]
    [InlineData("Final results")]
    [InlineData("Shortlist published")]
    [InlineData("Selectieprocedure afgerond")]
    public void A_published_result_or_a_concluded_procedure_marks_a_finished_item(string text) =>
        Assert.True(FinishedProcedures.Marks(text));

    [Theory]
    [InlineData("En curso")]
    [InlineData("Resultados de evaluación curricular")]
    [InlineData("Bases (PDF)")]
    [InlineData("A lista de ordenação final será publicada no sítio da associação.")]
    [InlineData("Los resultados finales serán publicados el 20/12/2026")]
    [InlineData("The final results will be announced in January")]
    [InlineData("Técnico Superior de Psicologia")]
    public void An_open_procedure_s_text_marks_nothing(string text) => Assert.False(FinishedProcedures.Marks(text));
}
