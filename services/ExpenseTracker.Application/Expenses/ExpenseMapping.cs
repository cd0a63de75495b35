using ExpenseTracker.Application.Events;
using ExpenseTracker.Application.Receipts;
using ExpenseTracker.Contracts;
using ExpenseTracker.Domain.Expenses;
using ExpenseTracker.Domain.Receipts;

namespace ExpenseTracker.Application.Expenses;

public static class ExpenseMapping
{
    public static ExpenseResponse ToResponse(this Expense expense, IReadOnlyList<Receipt>? receipts = null) => new(
        expense.Id,
        expense.Details.Amount.Amount,
        expense.Details.Currency.Code,
        expense.Date,
        expense.Details.CategoryId,
        expense.Details.Merchant,
        expense.Details.Note,
        expense.Details.Tags,
        expense.Details.PaymentMethod,
        expense.Version,
        expense.CreatedAt,
        expense.UpdatedAt,
        receipts?.Select(receipt => receipt.ToResponse()).ToList() ?? []);

    public static ExpenseSnapshot ToSnapshot(this Expense expense) => new(
        expense.Id,
        expense.Details.Amount.Amount,
        expense.Details.Currency.Code,
        expense.Date,
        expense.Details.CategoryId);

    public static ExpenseDetailsInput ToDetailsInput(this ExpenseRequest request) => new(
        request.Amount,
        request.Currency,
        request.CategoryId,
        request.Merchant,
        request.Note,
        request.Tags,
        request.PaymentMethod);
}
