using JobAggregator.Host;
using JobAggregator.Host.Admin;
using JobAggregator.Host.Preview;

if (args.Length > 0 && args[0] == "extract")
{
    return await ExtractCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == "hash-password")
{
    return await HashPasswordCommand.RunAsync(Console.In, Console.Out, Console.Error);
}

JobAggregatorApp app;
try
{
    app = await JobAggregatorApp.BuildAsync(args);
}
catch (Exception e) when (e is ArgumentException or JobAggregator.Sources.SourcesFileException or Microsoft.Extensions.Options.OptionsValidationException)
{
    await Console.Error.WriteLineAsync($"JobAggregator cannot start: {e.Message}");
    return 2;
}

await using (app)
{
    await app.RunAsync();
}

return 0;
