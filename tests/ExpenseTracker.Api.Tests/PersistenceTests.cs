using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using ExpenseTracker.LocalServers;

namespace ExpenseTracker.Api.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Data_and_tokens_survive_a_restart_on_the_same_data_folder()
    {
        using var data = new TempDirectory("api");
        var dataDirectory = data.Path;
        ExpenseResponse expense;
        string token;
        await using (var before = new ApiHost(dataDirectory: dataDirectory))
        {
            var client = before.CreateClient();
            token = await DevTokens.IssueAsync(client, "restart-user");
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            expense = await client.CreateExpenseAsync(Expenses.Request(19.99m, "EUR", new DateOnly(2026, 2, 2), merchant: "Kept"));
            (await client.PutAsJsonAsync("/api/v1/me/settings", new SettingsRequest("EUR", "fr-FR"))).EnsureSuccessStatusCode();
        }

        await using var after = new ApiHost(dataDirectory: dataDirectory);
        var restarted = after.CreateClient();
        restarted.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var read = await restarted.GetFromJsonAsync<ExpenseResponse>($"/api/v1/expenses/{expense.Id}");
        Assert.Equal((19.99m, "Kept"), (read!.Amount, read.Merchant));
        Assert.Equal(new SettingsResponse("EUR", "fr-FR"), await restarted.GetFromJsonAsync<SettingsResponse>("/api/v1/me/settings"));
        Assert.Equal(10, (await restarted.CategoriesAsync()).Count);
    }
}
