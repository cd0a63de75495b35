namespace ExpenseTracker.Cli.SignIn;

/// <summary>
/// Writes secrets that only their owner may read: the folder is 0700 and the file 0600 on Unix (a per-user folder on
/// Windows), and a file is replaced whole, never left half written.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        CreateOwnerOnlyFolder(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        try
        {
            using (var file = new FileStream(temporary, options))
            {
                file.Write(content);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void CreateOwnerOnlyFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, OwnerOnlyFolder);
        // A folder made earlier by something else keeps its mode through CreateDirectory: tighten it.
        if ((File.GetUnixFileMode(folder) & ~OwnerOnlyFolder) != 0)
        {
            File.SetUnixFileMode(folder, OwnerOnlyFolder);
        }
    }
}
