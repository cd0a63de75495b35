using System.Net;
using System.Net.Http.Json;
using ExpenseTracker.Api.Tests.Infrastructure;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Api.Tests;

/// <summary>Another user's data is invisible: their ids answer 404, whatever the body, and nothing of theirs changes.</summary>
public sealed class IsolationTests(SharedApi api)
{
    [Fact]
    public async Task Another_users_expense_answers_404_to_every_verb_and_stays_unchanged()
    {
        var (alice, bob) = (await api.NewUserClientAsync("alice"), await api.NewUserClientAsync("bob"));
        var expense = await alice.CreateExpenseAsync(25m);
        var url = $"/api/v1/expenses/{expense.Id}";

        await (await bob.GetAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PutAsJsonAsync(url, Expenses.Request(1m))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PutAsJsonAsync(url, new { amount = -1 })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.DeleteAsync(url)).AssertProblemAsync(HttpStatusCode.NotFound);

        var unchanged = await alice.GetFromJsonAsync<ExpenseResponse>(url);
        Assert.Equal((25m, 1L), (unchanged!.Amount, unchanged.Version));
    }

    [Fact]
    public async Task Another_users_category_answers_404_and_stays_unchanged()
    {
        var (alice, bob) = (await api.NewUserClientAsync("alice"), await api.NewUserClientAsync("bob"));
        var food = await alice.CategoryAsync("Food");
        var bobsOther = await bob.CategoryAsync("Other");

        await (await bob.PutAsJsonAsync($"/api/v1/categories/{food.Id}", new CategoryRequest("Mine now"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PutAsJsonAsync($"/api/v1/categories/{food.Id}", new CategoryRequest(""))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.DeleteAsync($"/api/v1/categories/{food.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.DeleteAsync($"/api/v1/categories/{food.Id}?reassignTo={bobsOther.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(food, await alice.CategoryAsync("Food"));
    }

    [Fact]
    public async Task Another_users_category_cannot_be_budgeted_used_or_reassigned_to()
    {
        var (alice, bob) = (await api.NewUserClientAsync("alice"), await api.NewUserClientAsync("bob"));
        var alicesFood = await alice.CategoryAsync("Food");
        (await alice.PutAsJsonAsync($"/api/v1/budgets/{alicesFood.Id}", new BudgetRequest(100m, "EUR"))).EnsureSuccessStatusCode();
        var bobsFood = await bob.CategoryAsync("Food");
        await bob.CreateExpenseAsync(categoryId: bobsFood.Id);

        await (await bob.PutAsJsonAsync($"/api/v1/budgets/{alicesFood.Id}", new BudgetRequest(1m, "EUR"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.DeleteAsync($"/api/v1/budgets/{alicesFood.Id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PostAsJsonAsync("/api/v1/expenses", Expenses.Request(categoryId: alicesFood.Id))).AssertFieldErrorAsync("categoryId");
        await (await bob.DeleteAsync($"/api/v1/categories/{bobsFood.Id}?reassignTo={alicesFood.Id}")).AssertFieldErrorAsync("reassignTo");

        Assert.Equal([new BudgetResponse(alicesFood.Id, 100m, "EUR")], (await alice.GetFromJsonAsync<List<BudgetResponse>>("/api/v1/budgets"))!);
        Assert.Equal(0, await alice.CountExpensesAsync());
    }

    [Fact]
    public async Task Lists_and_reports_show_only_the_callers_data()
    {
        var (alice, bob) = (await api.NewUserClientAsync("alice"), await api.NewUserClientAsync("bob"));
        await alice.CreateExpenseAsync(40m, "EUR", new DateOnly(2026, 8, 8));

        Assert.Equal(0, await bob.CountExpensesAsync());
        Assert.Equal(0, (await bob.ListExpensesAsync("?q=bakery")).TotalCount);
        var report = await bob.MonthlyReportAsync("2026-08");
        Assert.Empty(report.Totals);
        Assert.Equal(0, report.Count);
    }
}
