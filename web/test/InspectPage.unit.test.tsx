import "./support/setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { todayIso } from "../src/i18n/format";
import { InspectPage } from "../src/officer/InspectPage";
import { fakeApi } from "./support/fakeApi";
import { acehFacility, batch, equipment, patchouli } from "./support/fixtures";
import { renderWithApp } from "./support/render";

describe("InspectPage", () => {
  it("builds the form from the rulebook and posts the readings with their instruments", async () => {
    const api = fakeApi({
      "GET /products": () => ({ body: [patchouli] }),
      "GET /facilities": () => ({ body: [acehFacility] }),
      "GET /batches/:id": () => ({ body: batch() }),
      "GET /facilities/:id/equipment": () => ({
        body: [equipment(), equipment({ id: "eq-expired", serial: "GC-OLD", calibratedOn: "2020-01-01", calibrationValidUntil: "2021-01-01" })],
      }),
      "POST /batches/:id/certificates": () => ({ status: 201, body: { id: "cert-9" } }),
    });
    renderWithApp(<InspectPage params={{ id: "batch-1" }} />);

    const value = await screen.findByLabelText(/Patchouli alkohol/);
    expect(value).toHaveAttribute("min", "0");
    expect(value).toHaveAttribute("max", "100");
    expect(screen.getByText(/Rentang yang mungkin: 0 – 100 %/)).toBeInTheDocument();
    const instrument = screen.getByLabelText("Alat (gc)");
    expect(await screen.findByRole("option", { name: /GC-OLD — Kalibrasi habis/ })).toBeDisabled();

    const submit = screen.getByRole("button", { name: "Terbitkan sertifikat" });
    expect(submit).toBeDisabled();
    await userEvent.type(value, "36.5");
    await userEvent.selectOptions(instrument, "eq-gc-1");
    expect(submit).toBeEnabled();
    const preview = screen.getByRole("region", { name: "Mutu yang akan diberikan" });
    expect(preview).toHaveTextContent("PA-35");
    await userEvent.click(submit);

    await waitFor(() => expect(window.location.pathname).toBe("/certificates/cert-9"));
    const post = api.calls.find((call) => call.method === "POST");
    expect(post?.body).toEqual({ measuredOn: todayIso(), measurements: [{ parameter: "patchouliAlcohol", value: 36.5, equipmentId: "eq-gc-1" }] });
    expect(post?.headers.get("idempotency-key")).toBeTruthy();
  });
});
