using Microsoft.AspNetCore.Components.Forms;

namespace JobAggregator.Api.Http;

/// <summary>Gives every <c>&lt;AntiforgeryToken /&gt;</c> of a page rendered for <see cref="SharedPageCache"/> a
/// placeholder, which each response replaces with its visitor's own token.</summary>
internal sealed class PlaceholderAntiforgeryState(string formFieldName) : AntiforgeryStateProvider
{
    public const string Token = "antiforgery-token-placeholder-7f3c9d";

    public override AntiforgeryRequestToken GetAntiforgeryToken() => new(Token, formFieldName);
}
