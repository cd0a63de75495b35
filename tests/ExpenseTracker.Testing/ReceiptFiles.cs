using System.Net.Http.Headers;
using System.Text;

namespace ExpenseTracker.Testing;

/// <summary>Files to attach as receipts: the first bytes of real files of each kind, then filler (the same for the same size).</summary>
public static class ReceiptFiles
{
    public static byte[] Png(int size = 2048) => WithHeader([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], size);

    public static byte[] Jpeg(int size = 2048) => WithHeader([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00], size);

    public static byte[] WebP(int size = 2048) => WithHeader([.. "RIFF"u8, 0x24, 0x08, 0x00, 0x00, .. "WEBPVP8 "u8], size);

    public static byte[] Pdf(int size = 2048) => WithHeader([.. "%PDF-1.7\n%"u8], size);

    /// <summary>A Linux program.</summary>
    public static byte[] Elf() => WithHeader([0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0], 4096);

    /// <summary>A Windows program.</summary>
    public static byte[] WindowsExecutable() => WithHeader([.. "MZ"u8, 0x90, 0x00, 0x03], 4096);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>Plain text, whatever name it is given.</summary>
    public static byte[] Text() => [.. "Total 12.50 EUR, thank you for shopping with us.\n"u8];

    /// <summary>A multipart form with one file, as a browser uploads it.</summary>
    public static MultipartFormDataContent Form(byte[] content, string fileName, string declaredType, string field = "file")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    private static byte[] WithHeader(byte[] header, int size)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        new Random(size).NextBytes(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
