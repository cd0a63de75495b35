using ExpenseTracker.Contracts;
using Refit;

namespace ExpenseTracker.Client.Api;

/// <summary>
/// CSV in and out of <c>/api/v1/expenses</c>. These calls move whole files, so they run with the longer
/// <see cref="ExpenseTrackerClientOptions.TransferTimeout"/>.
/// </summary>
public interface IImportExportApi
{
    /// <summary>
    /// Imports a CSV file (<c>POST /expenses/import</c>, columns <c>date,amount,currency,category,merchant,note,tags</c>).
    /// Send a <see cref="CsvUploadContent"/> to stream the file and hear how many bytes went out.
    /// </summary>
    [Post("/api/v1/expenses/import")]
    Task<ImportResponse> ImportAsync([Body] HttpContent csv, CancellationToken cancellationToken = default);

    /// <summary>Exports the expenses the filters select as CSV, oldest first (<c>GET /expenses/export</c>). Dispose the stream.</summary>
    [Get("/api/v1/expenses/export")]
    Task<Stream> ExportAsync([Query] ExpenseQuery? query = null, CancellationToken cancellationToken = default);
}
