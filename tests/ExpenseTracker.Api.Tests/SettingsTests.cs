using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

public sealed class SettingsTests(SharedApi api)
{
    [Fact]
    public async Task A_new_user_has_the_default_settings() =>
        Assert.Equal(new SettingsResponse("USD", "en-US"), await (await api.NewUserClientAsync()).GetFromJsonAsync<SettingsResponse>("/api/v1/me/settings"));

    [Fact]
    public async Task Settings_can_be_changed()
    {
        var client = await api.NewUserClientAsync();

        var saved = await (await client.PutAsJsonAsync("/api/v1/me/settings", new SettingsRequest("eur", "de-DE"))).ReadAsync<SettingsResponse>();

        Assert.Equal(new SettingsResponse("EUR", "de-DE"), saved);
        Assert.Equal(saved, await client.GetFromJsonAsync<SettingsResponse>("/api/v1/me/settings"));
    }

    [Theory]
    [InlineData("EURO", "de-DE", "defaultCurrency")]
    [InlineData("EUR", "xx-NOPE", "locale")]
    [InlineData("EUR", "", "locale")]
    public async Task Invalid_settings_answer_400_and_change_nothing(string currency, string locale, string field)
    {
        var client = await api.NewUserClientAsync();

        await (await client.PutAsJsonAsync("/api/v1/me/settings", new SettingsRequest(currency, locale))).AssertFieldErrorAsync(field);
        Assert.Equal(new SettingsResponse("USD", "en-US"), await client.GetFromJsonAsync<SettingsResponse>("/api/v1/me/settings"));
    }
}
