using ExpenseTracker.Domain.Expenses;

namespace ExpenseTracker.Infrastructure;

/// <summary>
/// How every store answers the <c>q</c> filter: merchant and note folded to lower case, searched for the folded needle
/// as a plain substring. One folding for all stores, so a search finds the same expenses whichever store holds them.
/// </summary>
internal static class ExpenseSearchText
{
    public static string Of(ExpenseDetails details) => $"{details.Merchant}\n{details.Note}".ToLowerInvariant();

    public static string Needle(string text) => text.ToLowerInvariant();
}
