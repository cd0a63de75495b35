using ExpenseTracker.Application.Common;
using ExpenseTracker.Application.Expenses;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Users;

namespace ExpenseTracker.Application.Users;

public sealed class SettingsService(IUserStore users)
{
    public async Task<SettingsResponse> GetAsync(string userId, CancellationToken cancellationToken) =>
        ToResponse(await users.GetSettingsAsync(userId, cancellationToken));

    public async Task<Result<SettingsResponse>> SaveAsync(string userId, SettingsRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var currency = MoneyInput.ValidateCurrency(request.DefaultCurrency, errors, "defaultCurrency");
        if (!UserSettings.IsKnownLocale(request.Locale))
        {
            errors.Add("locale", "A locale is a language tag such as en-US or de-DE.");
        }

        if (errors.Any || currency is null)
        {
            return errors.ToError();
        }

        var settings = new UserSettings(currency.Value, request.Locale!.Trim());
        await users.SaveSettingsAsync(userId, settings, cancellationToken);
        return ToResponse(settings);
    }

    private static SettingsResponse ToResponse(UserSettings settings) => new(settings.DefaultCurrency.Code, settings.Locale);
}
