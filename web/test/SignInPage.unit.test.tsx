import "./support/setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SignInPage } from "../src/pages/SignInPage";
import { fakeApi } from "./support/fakeApi";
import { acehFacility, patchouli } from "./support/fixtures";
import { renderWithApp } from "./support/render";

describe("SignInPage (local demo accounts)", () => {
  it("lists the demo accounts by role and signs in with dev-login", async () => {
    const api = fakeApi({
      "GET /products": () => ({ body: [patchouli] }),
      "GET /facilities": () => ({ body: [acehFacility] }),
      "POST /auth/dev-login": () => ({ body: { token: "demo-token", user: { id: "user-buyer-wangi", email: "buyer-wangi@demo.example", role: "buyer", orgId: "buyer-wangi" } } }),
      "GET /me": () => ({ body: { id: "user-buyer-wangi", email: "buyer-wangi@demo.example", role: "buyer", orgId: "buyer-wangi" } }),
    });
    renderWithApp(<SignInPage />);

    expect(screen.getByRole("heading", { level: 2, name: "Pembeli" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "Petugas mutu" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /buyer-wangi/ }));

    await waitFor(() => expect(window.location.pathname).toBe("/buyer/orders"));
    expect(api.calls.find((call) => call.path === "/auth/dev-login")?.body).toEqual({ email: "buyer-wangi@demo.example" });
    expect(api.calls.find((call) => call.path === "/me")?.headers.get("authorization")).toBe("Bearer demo-token");
    expect(window.localStorage.getItem("fsm.token")).toBe("demo-token");
  });

  it("says why when dev-login refuses", async () => {
    fakeApi({
      "GET /products": () => ({ body: [] }),
      "GET /facilities": () => ({ body: [] }),
      "POST /auth/dev-login": () => ({ status: 404, body: { type: "about:blank", title: "Not Found", status: 404, detail: "No demo account has that email." } }),
    });
    renderWithApp(<SignInPage />, { lang: "en" });
    await userEvent.click(screen.getByRole("button", { name: /ministry/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("No demo account has that email.");
  });
});
