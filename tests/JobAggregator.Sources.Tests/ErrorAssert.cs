namespace JobAggregator.Sources.Tests;

internal static class ErrorAssert
{
    /// <summary>Asserts that exactly one error sits on <paramref name="line"/>, and that its line of the message names
    /// the file, the source and the field and says <paramref name="problem"/>.</summary>
    public static void Reports(SourcesFileException exception, int line, string? source, string? field, string problem)
    {
        var error = Assert.Single(exception.Errors, error => error.Contains($"{TempSourcesFile.FileName}:{line}:", StringComparison.Ordinal));
        Assert.Contains(error, exception.Message, StringComparison.Ordinal);
        if (source is not null)
        {
            Assert.Contains($"source '{source}'", error, StringComparison.Ordinal);
        }

        if (field is not null)
        {
            Assert.Contains($"field '{field}'", error, StringComparison.Ordinal);
        }

        Assert.Contains(problem, error, StringComparison.Ordinal);
    }
}
