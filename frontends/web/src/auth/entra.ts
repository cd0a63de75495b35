import type { ClientConfig } from "../api/types";

type Msal = typeof import("@azure/msal-browser");
type Client = import("@azure/msal-browser").PublicClientApplication;

/**
 * Sign-in with Microsoft Entra ID through MSAL, loaded only when the API says it uses Entra ID, so that local
 * installs never download it.
 */
export class EntraSignIn {
  private constructor(
    private readonly msal: Msal,
    private readonly client: Client,
    private readonly scopes: string[],
  ) {}

  static async create(config: NonNullable<ClientConfig["entra"]>): Promise<EntraSignIn> {
    const msal = await import("@azure/msal-browser");
    const client = new msal.PublicClientApplication({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: window.location.origin },
      cache: { cacheLocation: "localStorage" },
    });
    await client.initialize();
    const result = await client.handleRedirectPromise();
    if (result?.account) client.setActiveAccount(result.account);
    else if (!client.getActiveAccount() && client.getAllAccounts()[0]) client.setActiveAccount(client.getAllAccounts()[0] ?? null);
    return new EntraSignIn(msal, client, config.scopes);
  }

  get userName(): string | null {
    const account = this.client.getActiveAccount();
    return account ? (account.name ?? account.username) : null;
  }

  signIn(): Promise<void> {
    return this.client.loginRedirect({ scopes: this.scopes });
  }

  async token(): Promise<string | null> {
    const account = this.client.getActiveAccount();
    if (!account) return null;
    try {
      return (await this.client.acquireTokenSilent({ scopes: this.scopes, account })).accessToken;
    } catch (error) {
      if (error instanceof this.msal.InteractionRequiredAuthError) {
        await this.client.acquireTokenRedirect({ scopes: this.scopes, account });
      }
      return null;
    }
  }

  signOut(): Promise<void> {
    return this.client.logoutRedirect({ postLogoutRedirectUri: window.location.origin });
  }
}
