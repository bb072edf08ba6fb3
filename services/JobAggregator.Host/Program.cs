using JobAggregator.Host;

return await HostProgram.RunAsync(args, Console.Out, Console.Error);
