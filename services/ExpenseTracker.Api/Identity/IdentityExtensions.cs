using ExpenseTracker.ServiceDefaults;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace ExpenseTracker.Api.Identity;

public static partial class IdentityExtensions
{
    public const string AzureAdSection = "AzureAd";

    public static bool IsLocalIdentity(this IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[$"{AzureAdSection}:ClientId"]);

    /// <summary>
    /// Microsoft Entra ID when <c>AzureAd:ClientId</c> is configured; otherwise local mode, where the API signs its
    /// own tokens with a key kept in the data folder and hands them out at <c>POST /api/v1/dev/token</c>.
    /// </summary>
    public static WebApplicationBuilder AddExpenseTrackerIdentity(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.IsLocalIdentity())
        {
            var key = LocalSigningKey.LoadOrCreate(DataDirectory.Resolve(builder.Configuration));
            builder.Services.AddSingleton(sp => new LocalTokenIssuer(key, sp.GetRequiredService<TimeProvider>()));
            builder.Services
                .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(options =>
                {
                    options.MapInboundClaims = false;
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidIssuer = LocalIdentityOptions.Issuer,
                        ValidAudience = LocalIdentityOptions.Audience,
                        IssuerSigningKey = key,
                        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                        ClockSkew = TimeSpan.FromSeconds(30),
                        NameClaimType = "name",
                    };
                });
        }
        else
        {
            builder.Services
                .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(
                    options =>
                    {
                        builder.Configuration.Bind(AzureAdSection, options);
                        options.MapInboundClaims = false;
                    },
                    options => builder.Configuration.Bind(AzureAdSection, options));
        }

        builder.Services.AddSingleton<ValidatedTokenCache>();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<ValidatedTokenCache>((options, cache) => cache.Decorate(options.TokenHandlers));
        builder.Services.AddAuthorization();
        builder.Services.AddAdminPolicy();
        return builder;
    }

    /// <summary>Says loudly, once at start, that anyone who can reach the API can sign in as anyone.</summary>
    public static void WarnIfLocalIdentity(this WebApplication app)
    {
        if (app.Configuration.IsLocalIdentity())
        {
            LogLocalIdentity(app.Logger);
        }
    }

    [LoggerMessage(LogLevel.Warning,
        "LOCAL SIGN-IN IS ON: POST /api/v1/dev/token hands out a token for any user name, to anyone who can reach this API. " +
        "Set AzureAd:ClientId (Microsoft Entra ID) before exposing it beyond your machine.")]
    private static partial void LogLocalIdentity(ILogger logger);
}
