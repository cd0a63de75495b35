namespace ExpenseTracker.Web.Tests.Infrastructure;

public static class TestFiles
{
    /// <summary>A real PNG picture to attach as a receipt: the app's own icon.</summary>
    public static byte[] Png { get; } = File.Exists(IconPath) ? File.ReadAllBytes(IconPath) : [];

    public static string IconPath => Path.Combine(Requirements.RepositoryRoot, "frontends", "web", "public", "icons", "icon-192.png");
}
