using System.Text;
using System.Text.Json;
using ExpenseTracker.Cli.Output;

namespace ExpenseTracker.Cli.SignIn;

/// <summary>The sign-in kept in the config folder: <c>login.json</c>, and MSAL's token cache for Entra sign-ins.</summary>
public sealed class LoginStore(string directory)
{
    public string LoginPath { get; } = Path.Combine(directory, "login.json");

    public string MsalCachePath { get; } = Path.Combine(directory, "msal-cache.bin");

    public StoredLogin? Load()
    {
        if (!File.Exists(LoginPath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(LoginPath), CliJsonContext.Default.StoredLogin);
        }
        catch (JsonException)
        {
            throw new NotSignedInException($"The saved sign-in ({LoginPath}) cannot be read: run `expense login` again.");
        }
    }

    /// <summary>The saved sign-in, or null when there is none or it cannot be read.</summary>
    public StoredLogin? LoadOrNull()
    {
        try
        {
            return Load();
        }
        catch (NotSignedInException)
        {
            return null;
        }
    }

    public void Save(StoredLogin login) =>
        OwnerOnlyFiles.WriteAllBytes(LoginPath, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(login, CliJsonContext.Default.StoredLogin)));

    /// <summary>Forgets the sign-in; answers whether there was one.</summary>
    public bool Delete()
    {
        var existed = File.Exists(LoginPath);
        File.Delete(LoginPath);
        File.Delete(MsalCachePath);
        return existed;
    }
}
