using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

/// <summary>Refuses an operator without a name or a well-formed password hash, or an API key that is short, each error
/// naming its configuration key.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.Operators.Count; i++)
        {
            var account = options.Operators[i];
            if (string.IsNullOrWhiteSpace(account.Name))
            {
                errors.Add($"{AdminOptions.SectionName}:Operators:{i}:Name is required.");
            }

            if (!OperatorPasswords.IsHash(account.PasswordHash))
            {
                errors.Add($"{AdminOptions.SectionName}:Operators:{i}:PasswordHash is not a password hash; make one with 'JobAggregator.Host hash-password'.");
            }
        }

        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (string.IsNullOrWhiteSpace(key.Name))
            {
                errors.Add($"{AdminOptions.SectionName}:ApiKeys:{i}:Name is required.");
            }

            if (key.Key.Length < ApiKeyAccount.MinimumKeyLength)
            {
                errors.Add($"{AdminOptions.SectionName}:ApiKeys:{i}:Key must have at least {ApiKeyAccount.MinimumKeyLength} characters.");
            }
        }

        if (options.MaxFailedSignIns < 1)
        {
            errors.Add($"{AdminOptions.SectionName}:MaxFailedSignIns must be at least 1.");
        }

        if (options.FailedSignInWindowSeconds < 1)
        {
            errors.Add($"{AdminOptions.SectionName}:FailedSignInWindowSeconds must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
