using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ExpenseTracker.Api.Identity;

/// <summary>
/// The key local tokens are signed with: 256 random bits kept in the data folder, readable by its owner only, so
/// tokens survive a restart and another machine's tokens are refused.
/// </summary>
public static class LocalSigningKey
{
    public const string FileName = "local-signing-key";

    public static SymmetricSecurityKey LoadOrCreate(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(directory, FileName);
        Directory.CreateDirectory(directory);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return new SymmetricSecurityKey(key) { KeyId = Convert.ToHexString(SHA256.HashData(key))[..16] };
    }

    /// <summary>Writes a new key beside the target and moves it in place, so no reader ever sees half a key.</summary>
    private static void TryCreate(string path)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, System.Text.Encoding.ASCII, options))
        {
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (the worker, a second replica) created it first: use theirs.
            File.Delete(temporary);
        }
    }
}
