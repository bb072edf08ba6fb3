using Microsoft.AspNetCore.Identity;

namespace JobAggregator.Api.Admin;

/// <summary>Operators' passwords hashed and checked with ASP.NET Core Identity's hasher (PBKDF2 with HMAC-SHA512, a
/// salt of its own per hash, and the iteration count in the hash).</summary>
public static class OperatorPasswords
{
    private static readonly PasswordHasher<OperatorAccount> Hasher = new();

    // Checked against when the name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string UnknownOperatorHash = Hasher.HashPassword(new OperatorAccount(), Guid.NewGuid().ToString());

    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        return Hasher.HashPassword(new OperatorAccount(), password);
    }

    /// <summary>True when the text has the shape of a hash this hasher made (Identity's version 3 format).</summary>
    public static bool IsHash(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }

    /// <returns>The operator whose name and password these are; null for a wrong name or password.</returns>
    public static OperatorAccount? Check(IReadOnlyList<OperatorAccount> operators, string? name, string? password)
    {
        ArgumentNullException.ThrowIfNull(operators);
        var account = operators.FirstOrDefault(o => string.Equals(o.Name, name?.Trim(), StringComparison.Ordinal));
        var result = Hasher.VerifyHashedPassword(account ?? new OperatorAccount(), account?.PasswordHash ?? UnknownOperatorHash, password ?? "");
        return account is not null && result != PasswordVerificationResult.Failed ? account : null;
    }
}
