using System.Text;

namespace ExpenseTracker.Client.Tests.Client;

public sealed class CsvUploadContentTests
{
    [Fact]
    public async Task The_body_is_sent_whole_each_time_with_its_length_so_a_retry_repeats_it()
    {
        var csv = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("2026-11-01,4.20,EUR,Food,Bakery,,\n", 5000)));
        var sent = new List<long>();
        using var content = new CsvUploadContent(new MemoryStream(csv), new Reporter(sent.Add));

        var first = await content.ReadAsByteArrayAsync();
        using var again = new MemoryStream();
        await content.CopyToAsync(again);

        Assert.Equal(csv.Length, content.Headers.ContentLength);
        Assert.Equal(csv, first);
        Assert.Equal(csv, again.ToArray());
        Assert.Equal(csv.Length, sent[^1]);
        Assert.True(sent.Count > 2, "Progress is reported as the file goes out, not only at the end.");
    }

    [Fact]
    public async Task A_file_is_sent_as_utf8_text_csv_with_its_length()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "date,amount,currency,category,merchant,note,tags\n2026-11-01,4.20,EUR,Food,Café,,\n");
            using var content = CsvUploadContent.FromFile(path);

            var body = await content.ReadAsByteArrayAsync();

            Assert.Equal(await File.ReadAllBytesAsync(path), body);
            Assert.Equal(new FileInfo(path).Length, content.Headers.ContentLength);
            Assert.Equal("text/csv", content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", content.Headers.ContentType?.CharSet);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class Reporter(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
