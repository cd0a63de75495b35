using ExpenseTracker.Client.Authentication;

namespace ExpenseTracker.Benchmark.Seeding;

/// <summary>
/// The benchmark speaks for many users through one client: each call runs as the user set for its async flow, and
/// the client sends that user's token.
/// </summary>
internal sealed class ActingUser : IAccessTokenProvider
{
    private static readonly AsyncLocal<string?> Token = new();

    /// <summary>Makes the calls of the current async flow (and those it starts) run as the user of <paramref name="token"/>.</summary>
    public static void Set(string token) => Token.Value = token;

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Token.Value);
}
