using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace ExpenseTracker.Api.Identity;

/// <summary>
/// Remembers for a short while the bearer tokens that passed validation. A client sends the same token with every
/// request, and checking its signature and building its identity again each time was most of what a cached read
/// cost. Only a token identical to one already accepted is answered from here; each request gets its own copy of the
/// identity; failures are never kept. An entry lives until its token expires and at most <see cref="Lifetime"/>,
/// which is also how long a withdrawn signing key can still be honoured for a token it signed.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Enough for the active users of a large deployment; past it, the least recently used entries make room.</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache _accepted = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Whether a token is remembered as accepted now.</summary>
    public bool Remembers(string token) => TryGet(token, out _);

    /// <summary>Wraps each token handler of a bearer scheme, so that its successes are remembered.</summary>
    public void Decorate(IList<TokenHandler> handlers)
    {
        for (var index = 0; index < handlers.Count; index++)
        {
            if (handlers[index] is not CachingHandler)
            {
                handlers[index] = new CachingHandler(handlers[index], this);
            }
        }
    }

    public void Dispose() => _accepted.Dispose();

    private bool TryGet(string token, out TokenValidationResult result)
    {
        if (_accepted.TryGetValue(token, out Accepted? accepted) && accepted!.Until > time.GetUtcNow())
        {
            result = accepted.Copy();
            return true;
        }

        result = null!;
        return false;
    }

    private void Remember(string token, TokenValidationResult result)
    {
        var now = time.GetUtcNow();
        if (!result.IsValid || result.SecurityToken is not { ValidTo: var validTo } || validTo == DateTime.MinValue)
        {
            return;
        }

        var until = new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc));
        if (until > now + Lifetime)
        {
            until = now + Lifetime;
        }

        if (until > now)
        {
            // The first request keeps the handler's own identity; the cache keeps a copy nobody else holds.
            var accepted = new Accepted(result.ClaimsIdentity.Clone(), result.SecurityToken, result.Issuer, result.TokenType, until);
            _accepted.Set(token, accepted, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = until - now });
        }
    }

    private sealed record Accepted(ClaimsIdentity Identity, SecurityToken Token, string Issuer, string TokenType, DateTimeOffset Until)
    {
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Identity.Clone(),
            SecurityToken = Token,
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }

    private sealed class CachingHandler(TokenHandler inner, ValidatedTokenCache cache) : TokenHandler
    {
        public override int MaximumTokenSizeInBytes
        {
            get => inner.MaximumTokenSizeInBytes;
            set => inner.MaximumTokenSizeInBytes = value;
        }

        public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

        public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            if (cache.TryGet(token, out var remembered))
            {
                return remembered;
            }

            var result = await inner.ValidateTokenAsync(token, validationParameters);
            cache.Remember(token, result);
            return result;
        }

        public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
            inner.ValidateTokenAsync(token, validationParameters);
    }
}
