using System.Globalization;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>What one fault scenario did, as one line of figures: printed to the test's output and appended to
/// TestResults/fault-figures.txt at the repository's root, so a run's figures can be read without the test logs.</summary>
internal sealed record FaultFigures(string Scenario, int Sent, int Stored, int Duplicates, int InErrorQueues, TimeSpan? Recovery)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"| {Scenario} | {Sent:N0} | {Stored:N0} | {Duplicates} | {InErrorQueues} | {(Recovery is { } r ? $"{r.TotalSeconds:0.0}" : "-")} |");

    public void Print()
    {
        var line = ToString();
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
        var folder = Path.Combine(RepositoryRoot(), "TestResults");
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, "fault-figures.txt"),
            string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:u} {line}{Environment.NewLine}"));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JobAggregator.sln")))
            {
                return folder.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}
