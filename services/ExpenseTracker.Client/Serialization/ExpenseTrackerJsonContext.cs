using System.Text.Json;
using System.Text.Json.Serialization;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Client.Serialization;

/// <summary>Source-generated JSON for every shape the API sends or receives: camelCase, amounts as JSON numbers.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ExpenseRequest))]
[JsonSerializable(typeof(ExpenseResponse))]
[JsonSerializable(typeof(PagedResponse<ExpenseResponse>))]
[JsonSerializable(typeof(ImportResponse))]
[JsonSerializable(typeof(ReceiptResponse))]
[JsonSerializable(typeof(CategoryRequest))]
[JsonSerializable(typeof(IReadOnlyList<CategoryResponse>))]
[JsonSerializable(typeof(BudgetRequest))]
[JsonSerializable(typeof(IReadOnlyList<BudgetResponse>))]
[JsonSerializable(typeof(RecurringRequest))]
[JsonSerializable(typeof(IReadOnlyList<RecurringResponse>))]
[JsonSerializable(typeof(MonthlyReport))]
[JsonSerializable(typeof(IReadOnlyList<TrendPoint>))]
[JsonSerializable(typeof(NotificationResponse))]
[JsonSerializable(typeof(IReadOnlyList<NotificationResponse>))]
[JsonSerializable(typeof(IReadOnlyList<ArchivedMonthResponse>))]
[JsonSerializable(typeof(RestoreResponse))]
[JsonSerializable(typeof(SettingsRequest))]
[JsonSerializable(typeof(SettingsResponse))]
[JsonSerializable(typeof(DevTokenRequest))]
[JsonSerializable(typeof(DevTokenResponse))]
public sealed partial class ExpenseTrackerJsonContext : JsonSerializerContext;
