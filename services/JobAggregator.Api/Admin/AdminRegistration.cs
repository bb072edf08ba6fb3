using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

internal static class AdminRegistration
{
    /// <summary>The console's sign-in: the operator's cookie for the pages, or an API key for scripts. No default scheme,
    /// so the public pages and the search authenticate nobody and are kept and cached as before.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.TryAddSingleton<SignInThrottle>();

        services.AddAuthentication()
            .AddCookie(OperatorSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = OperatorSchemes.CookieName;
                cookie.Cookie.HttpOnly = true;
                // Strict: no other site's page can make the browser send it, so the JSON actions need no antiforgery token.
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = AdminPaths.SignIn;
                cookie.LogoutPath = AdminPaths.SignOut;
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(OperatorSchemes.ApiKey, _ => { })
            .AddPolicyScheme(OperatorSchemes.CookieOrApiKey, "Operator cookie or API key", policy =>
                policy.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(OperatorSchemes.ApiKeyHeader) ? OperatorSchemes.ApiKey : OperatorSchemes.Cookie);

        services.AddAuthorizationBuilder().AddPolicy(OperatorSchemes.Policy, policy => policy
            .AddAuthenticationSchemes(OperatorSchemes.CookieOrApiKey)
            .RequireAuthenticatedUser());
        return services;
    }

    /// <summary>A page sends the browser to the sign-in form; <c>/api/admin</c> answers with the status alone.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(AdminPaths.Api))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
