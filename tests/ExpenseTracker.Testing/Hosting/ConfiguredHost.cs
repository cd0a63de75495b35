using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExpenseTracker.Testing;

/// <summary>
/// A host composed by its own Program, in the Testing environment, with the settings a test gives and, optionally,
/// services of the test's in place of the product's.
/// </summary>
public class ConfiguredHost<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public IReadOnlyDictionary<string, string?> Settings { get; } = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
