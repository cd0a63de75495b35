using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ExpenseTracker.Contracts;

namespace ExpenseTracker.Testing;

/// <summary>Importing and exporting CSV over plain HTTP.</summary>
public static class CsvCalls
{
    public const string ImportUrl = "/api/v1/expenses/import";

    public static Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string csv, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        var content = new ByteArrayContent(byteOrderMark ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv; charset=utf-8");
        return client.PostAsync(ImportUrl, content);
    }

    public static Task<HttpResponseMessage> PostCsvFileAsync(this HttpClient client, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        return client.PostAsync(ImportUrl, new MultipartFormDataContent { { file, "file", "expenses.csv" } });
    }

    public static async Task<ImportResponse> ImportCsvAsync(this HttpClient client, string csv) =>
        await (await client.PostCsvAsync(csv)).ReadAsync<ImportResponse>();

    public static async Task<string> ExportCsvAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/expenses/export{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return body;
    }
}
