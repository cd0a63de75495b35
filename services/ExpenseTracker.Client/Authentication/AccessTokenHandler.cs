using System.Net.Http.Headers;

namespace ExpenseTracker.Client.Authentication;

/// <summary>Puts the provider's bearer token on each attempt of a call.</summary>
internal sealed class AccessTokenHandler(IAccessTokenProvider? provider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (provider is not null)
        {
            var token = await provider.GetAccessTokenAsync(cancellationToken);
            request.Headers.Authorization = string.IsNullOrEmpty(token) ? null : new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
