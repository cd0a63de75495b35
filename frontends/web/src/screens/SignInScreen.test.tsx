import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AuthProvider, useAuth } from "../auth/AuthContext";
import { fakeApi } from "../test/fakeApi";
import { renderInApp } from "../test/render";
import { SignInScreen } from "./SignInScreen";

// MSAL itself needs a real tenant; what is tested here is that the screen offers it when the server says so.
vi.mock("../auth/entra", () => ({
  EntraSignIn: { create: vi.fn(async () => ({ userName: null, signIn: vi.fn(), token: vi.fn(), signOut: vi.fn() })) },
}));

function Probe() {
  const auth = useAuth();
  return auth.status === "signed-in" ? <p>Signed in as {auth.session?.user}</p> : <SignInScreen />;
}

const renderSignIn = () =>
  renderInApp(
    <AuthProvider>
      <Probe />
    </AuthProvider>,
  );

it("signs in locally with the dev token endpoint and remembers the session", async () => {
  const api = fakeApi({
    "GET /client-config": { json: { identity: "local", entra: null } },
    "POST /dev/token": { json: { access_token: "t-alice", token_type: "Bearer", expires_in: 3600 } },
  });
  renderSignIn();
  const user = userEvent.setup();

  await user.type(await screen.findByLabelText("User name"), "alice");
  await user.click(screen.getByRole("button", { name: "Sign in" }));

  expect(await screen.findByText("Signed in as alice")).toBeInTheDocument();
  expect(JSON.parse(String(api.callsTo("POST", "/dev/token")[0]?.body))).toEqual({ user: "alice" });
  expect(JSON.parse(localStorage.getItem("expensetracker.session") ?? "{}")).toMatchObject({ kind: "local", user: "alice", token: "t-alice" });
});

it("refuses a user name the server would refuse", async () => {
  const api = fakeApi({ "GET /client-config": { json: { identity: "local", entra: null } } });
  renderSignIn();
  const user = userEvent.setup();

  await user.type(await screen.findByLabelText("User name"), "no spaces");
  await user.click(screen.getByRole("button", { name: "Sign in" }));

  expect(await screen.findByText(/1 to 64 letters/)).toBeInTheDocument();
  expect(api.callsTo("POST", "/dev/token")).toHaveLength(0);
});

it("offers Microsoft sign-in when the server uses Entra ID", async () => {
  fakeApi({
    "GET /client-config": {
      json: { identity: "entra", entra: { clientId: "spa", authority: "https://login.example/tenant", scopes: ["api://x/.default"] } },
    },
  });
  renderSignIn();

  expect(await screen.findByRole("button", { name: "Sign in with Microsoft" })).toBeInTheDocument();
  expect(screen.queryByLabelText("User name")).not.toBeInTheDocument();
});
