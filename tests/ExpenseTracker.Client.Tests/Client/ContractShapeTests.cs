using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ExpenseTracker.Client.Tests.Infrastructure;
using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Tests.Client;

/// <summary>
/// What the API sends, read as plain JSON, has exactly the shape of the contract type the client reads it into, for
/// every answer the client reads: no field the client would drop, none it would wait for in vain, no value of the
/// wrong JSON kind.
/// </summary>
public sealed class ContractShapeTests(SharedApi api)
{
    private readonly HashSet<Type> _checked = [];

    [Fact]
    public async Task Every_answer_the_client_reads_has_the_shape_of_its_contract_type()
    {
        var user = UserNames.New("shapes");
        using var http = await api.SignedInClientAsync(user);
        using var anonymous = new HttpClient { BaseAddress = api.Address };

        await ShapeAsync<DevTokenResponse>(anonymous.PostAsJsonAsync("/api/v1/dev/token", new DevTokenRequest(user)));

        var categories = await ShapeAsync<IReadOnlyList<CategoryResponse>>(http.GetAsync("/api/v1/categories"));
        var food = categories.Single(category => category.Name == "Food");
        await ShapeAsync<CategoryResponse>(http.PostAsJsonAsync("/api/v1/categories", new CategoryRequest("Hobbies", "#336699")));
        await ShapeAsync<BudgetResponse>(http.PutAsJsonAsync($"/api/v1/budgets/{food.Id}", new BudgetRequest(100m, "EUR")));
        await ShapeAsync<IReadOnlyList<BudgetResponse>>(http.GetAsync("/api/v1/budgets"));

        var expense = await ShapeAsync<ExpenseResponse>(http.PostAsJsonAsync("/api/v1/expenses", Expenses.Request(85m, categoryId: food.Id, tags: ["shape"])));
        using (var form = ReceiptForm())
        {
            await ShapeAsync<ReceiptResponse>(http.PostAsync($"/api/v1/expenses/{expense.Id}/receipts", form));
        }

        var withReceipt = await ShapeAsync<ExpenseResponse>(http.GetAsync($"/api/v1/expenses/{expense.Id}"));
        Assert.NotEmpty(withReceipt.Receipts);
        await ShapeAsync<ExpenseResponse>(http.PutAsJsonAsync($"/api/v1/expenses/{expense.Id}", Expenses.Request(86m, categoryId: food.Id)));
        await ShapeAsync<PagedResponse<ExpenseResponse>>(http.GetAsync("/api/v1/expenses"));

        using (var csv = new StringContent("date,amount,currency,category,merchant,note,tags\n2026-10-01,4.20,EUR,Food,Bakery,,\n2026-10-02,oops,EUR,,,,\n", Encoding.UTF8, "text/csv"))
        {
            var imported = await ShapeAsync<ImportResponse>(http.PostAsync("/api/v1/expenses/import", csv));
            Assert.NotEmpty(imported.Errors);
        }

        var month = Expenses.Today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var report = await ShapeAsync<MonthlyReport>(http.GetAsync($"/api/v1/reports/monthly?month={month}"));
        Assert.Contains(report.ByCategory, row => row.Budget is not null);
        await ShapeAsync<IReadOnlyList<TrendPoint>>(http.GetAsync($"/api/v1/reports/trend?from=2026-09&to={month}"));

        var rule = await ShapeAsync<RecurringResponse>(http.PostAsJsonAsync("/api/v1/recurring", new RecurringRequest(9.99m, "EUR", "monthly", 1, Expenses.Today.AddMonths(1), Merchant: "Streaming", Tags: ["tv"])));
        await ShapeAsync<RecurringResponse>(http.PutAsJsonAsync($"/api/v1/recurring/{rule.Id}", new RecurringRequest(10.99m, "EUR", "monthly", 1, Expenses.Today.AddMonths(1))));
        await ShapeAsync<IReadOnlyList<RecurringResponse>>(http.GetAsync("/api/v1/recurring"));

        await Eventually.ValueAsync(() => http.GetFromJsonAsync<List<NotificationResponse>>("/api/v1/notifications"), list => list!.Count > 0, "the budget alert at 80 %");
        var notifications = await ShapeAsync<IReadOnlyList<NotificationResponse>>(http.GetAsync("/api/v1/notifications"));
        await ShapeAsync<NotificationResponse>(http.PostAsync($"/api/v1/notifications/{notifications[0].Id}/read", null));

        await ShapeAsync<SettingsResponse>(http.PutAsJsonAsync("/api/v1/me/settings", new SettingsRequest("EUR", "fr-FR")));
        await ShapeAsync<SettingsResponse>(http.GetAsync("/api/v1/me/settings"));

        await ShapeAsync<ExpenseResponse>(http.PostAsJsonAsync("/api/v1/expenses", Expenses.Request(3m, date: new DateOnly(2019, 2, 3))));
        await OneUserArchive.RunAsync(api, user);
        await ShapeAsync<IReadOnlyList<ArchivedMonthResponse>>(http.GetAsync("/api/v1/archive"));
        await ShapeAsync<RestoreResponse>(http.PostAsync("/api/v1/archive/2019-02/restore", null));

        Assert.Empty(TypesTheClientReads().Except(_checked).Select(type => type.ToString()));
    }

    /// <summary>Every type a method of the client answers, once its task and its <c>IApiResponse</c> are taken off; bodies read as bytes aside.</summary>
    private static IEnumerable<Type> TypesTheClientReads() =>
        typeof(IExpenseTrackerClient).GetProperties()
            .SelectMany(area => area.PropertyType.GetMethods())
            .Select(method => method.ReturnType)
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            .Select(type => type.GetGenericArguments()[0])
            .Select(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IApiResponse<>) ? type.GetGenericArguments()[0] : type)
            .Where(type => type != typeof(HttpContent) && type != typeof(Stream))
            .Distinct();

    private async Task<T> ShapeAsync<T>(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {json}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        JsonShape.AssertMatches<T>(json);
        _checked.Add(typeof(T));
        return System.Text.Json.JsonSerializer.Deserialize<T>(json, System.Text.Json.JsonSerializerOptions.Web)!;
    }

    private static MultipartFormDataContent ReceiptForm()
    {
        var file = new ByteArrayContent(ReceiptFiles.Png(4096));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "till.png" } };
    }
}
