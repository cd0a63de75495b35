using ExpenseTracker.Api.Http;
using ExpenseTracker.Api.Identity;
using ExpenseTracker.Application.Reports;
using ExpenseTracker.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ExpenseTracker.Api.Endpoints;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/monthly", Monthly).WithName("MonthlyReport").WithSummary("A month's spending per currency and category, against budgets");
        reports.MapGet("/trend", Trend).WithName("TrendReport").WithSummary("Spending per month and currency over a range of months");
        return api;
    }

    private static async Task<Results<CachedJson<MonthlyReport>, ProblemHttpResult>> Monthly(string? month, HttpContext context, ReportService reports)
    {
        var result = await reports.MonthlyAsync(context.User.GetUserId(), month, context.RequestAborted);
        return result.IsSuccess ? CachedJson.Ok(result.Value) : result.Error.ToProblem();
    }

    private static async Task<Results<Ok<IReadOnlyList<TrendPoint>>, ProblemHttpResult>> Trend(string? from, string? to, HttpContext context, ReportService reports)
    {
        var result = await reports.TrendAsync(context.User.GetUserId(), from, to, context.RequestAborted);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error.ToProblem();
    }
}
