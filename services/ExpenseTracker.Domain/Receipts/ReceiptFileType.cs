namespace ExpenseTracker.Domain.Receipts;

/// <summary>
/// The kinds of file a receipt may be, recognised by their first bytes (magic numbers). A file's name and the type a
/// client declares are not evidence: a program renamed <c>scan.jpg</c> is still a program.
/// </summary>
public static class ReceiptFileType
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    /// <summary>How many leading bytes <see cref="Detect"/> needs to tell every accepted kind apart.</summary>
    public const int HeaderLength = 12;

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> RiffMagic => "RIFF"u8;
    private static ReadOnlySpan<byte> WebPMagic => "WEBP"u8;
    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>The media type of a file starting with <paramref name="header"/>, or null when it is not an accepted kind.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        if (header.StartsWith(PngMagic))
        {
            return Png;
        }

        if (header.Length >= HeaderLength && header.StartsWith(RiffMagic) && header[8..12].SequenceEqual(WebPMagic))
        {
            return WebP;
        }

        return header.StartsWith(PdfMagic) ? Pdf : null;
    }
}
