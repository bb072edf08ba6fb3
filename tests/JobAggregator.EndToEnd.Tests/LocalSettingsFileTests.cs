using JobAggregator.Host;
using Microsoft.AspNetCore.Builder;

namespace JobAggregator.EndToEnd.Tests;

public sealed class LocalSettingsFileTests
{
    [Fact]
    public void Appsettings_local_json_wins_over_appsettings_json_and_the_environment_and_the_command_line_win_over_it()
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-local-settings-").FullName;
        const string environmentVariable = "LocalSettingsProbe__FromEnvironment";
        try
        {
            File.WriteAllText(Path.Combine(directory, LocalSettingsFile.FileName), """
                { "LocalSettingsProbe": { "FromFile": "local file", "FromEnvironment": "local file", "FromCommandLine": "local file" } }
                """);
            Environment.SetEnvironmentVariable(environmentVariable, "environment");
            string[] args = ["--LocalSettingsProbe:FromCommandLine", "command line"];
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = directory });

            LocalSettingsFile.Add(builder.Configuration, directory, args);

            Assert.Equal("local file", builder.Configuration["LocalSettingsProbe:FromFile"]);
            Assert.Equal("environment", builder.Configuration["LocalSettingsProbe:FromEnvironment"]);
            Assert.Equal("command line", builder.Configuration["LocalSettingsProbe:FromCommandLine"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(environmentVariable, null);
            Directory.Delete(directory, recursive: true);
        }
    }
}
