namespace ExpenseTracker.Client.Tests.Infrastructure;

/// <summary>Files to attach as receipts: the first bytes of real files of each kind, then filler.</summary>
public static class ReceiptFiles
{
    public static byte[] Png(int size = 4096) => WithHeader([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], size);

    public static byte[] Pdf(int size = 4096) => WithHeader([.. "%PDF-1.7\n%"u8], size);

    /// <summary>Plain text, whatever name it is given.</summary>
    public static byte[] Text() => [.. "Total 12.50 EUR, thank you for shopping with us.\n"u8];

    private static byte[] WithHeader(byte[] header, int size)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        new Random(size).NextBytes(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
