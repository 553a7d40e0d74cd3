import "./support/setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { OrderPage } from "../src/buyer/OrderPage";
import type { Order } from "../src/api/types";
import { fakeApi } from "./support/fakeApi";
import { acehFacility, heldOrder, patchouli } from "./support/fixtures";
import { renderWithApp } from "./support/render";

describe("OrderPage", () => {
  it("shows the proposed split with a hold countdown, and confirms it", async () => {
    let order: Order = heldOrder(new Date(Date.now() + 25 * 60_000).toISOString());
    const api = fakeApi({
      "GET /products": () => ({ body: [patchouli] }),
      "GET /facilities": () => ({ body: [acehFacility] }),
      "GET /orders/:id": () => ({ body: order }),
      "POST /orders/:id/confirmation": () => {
        order = { ...order, status: "confirmed", allocations: order.allocations.map((allocation) => ({ ...allocation, status: "confirmed" as const })) };
        return { body: order };
      },
    });
    renderWithApp(<OrderPage params={{ id: "order-1" }} />);

    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("coop-aroma-tamiang");
    expect(rows[1]).toHaveTextContent("coop-nilam-bandar-pusaka");
    expect(rows[0]).toHaveTextContent(/sisa 2\d:\d\d/);
    expect(screen.getByText(/Rp\s756\.000\.000/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Konfirmasi pesanan" }));
    await waitFor(() => expect(screen.getAllByText("Dikonfirmasi").length).toBeGreaterThan(0));
    expect(api.calls.some((call) => call.method === "POST" && call.path === "/orders/order-1/confirmation")).toBe(true);
    expect(screen.queryByRole("button", { name: "Konfirmasi pesanan" })).not.toBeInTheDocument();
  });

  it("lets the buyer record receipt of a shipped allocation", async () => {
    const shipped = heldOrder(new Date().toISOString());
    const order: Order = {
      ...shipped,
      status: "confirmed",
      allocations: shipped.allocations.map((allocation) => ({ ...allocation, status: "shipped" as const, waybill: "JNE-123" })),
    };
    const api = fakeApi({
      "GET /products": () => ({ body: [patchouli] }),
      "GET /facilities": () => ({ body: [acehFacility] }),
      "GET /orders/:id": () => ({ body: order }),
      "POST /allocations/:id/receipt": () => ({ body: { ...order.allocations[0], status: "delivered", receivedQuantity: 390 } }),
    });
    renderWithApp(<OrderPage params={{ id: "order-1" }} />, { lang: "en" });
    const [first] = await screen.findAllByLabelText("Quantity received (kg)");
    await userEvent.clear(first as HTMLElement);
    await userEvent.type(first as HTMLElement, "390");
    await userEvent.click(screen.getAllByRole("button", { name: "Record receipt" })[0] as HTMLElement);
    await waitFor(() => expect(api.calls.some((call) => call.path === "/allocations/alloc-1/receipt")).toBe(true));
    expect(api.calls.find((call) => call.path === "/allocations/alloc-1/receipt")?.body).toEqual({ receivedQuantity: 390 });
  });
});
