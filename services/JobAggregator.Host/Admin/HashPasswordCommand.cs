using JobAggregator.Api.Admin;

namespace JobAggregator.Host.Admin;

/// <summary><c>hash-password</c>: reads a password from standard input (so it stays out of the shell's history and the
/// process list) and prints its hash for <c>Admin:Operators:N:PasswordHash</c>.</summary>
internal static class HashPasswordCommand
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error)
    {
        if (!Console.IsInputRedirected)
        {
            await error.WriteLineAsync("Password (the first line of input):");
        }

        var password = await input.ReadLineAsync();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("hash-password: the password is empty; write it on the first line of standard input.");
            return 2;
        }

        await output.WriteLineAsync(OperatorPasswords.Hash(password));
        return 0;
    }
}
