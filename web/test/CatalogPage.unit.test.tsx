import "./support/setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { LanguageSwitch } from "../src/components/LanguageSwitch";
import { CatalogPage } from "../src/pages/CatalogPage";
import { fakeApi } from "./support/fakeApi";
import { acehFacility, catalogItem, patchouli } from "./support/fixtures";
import { renderWithApp } from "./support/render";

const setup = () =>
  fakeApi({
    "GET /products": () => ({ body: [patchouli] }),
    "GET /facilities": () => ({ body: [acehFacility] }),
    "GET /catalog": ({ query }) => ({
      body: { items: query.get("province") === "ID-JT" ? [] : [catalogItem(), catalogItem({ batchId: "batch-2", grade: "PA-32", unitPriceIdr: 1_100_000 })], cursor: null },
    }),
  });

describe("CatalogPage", () => {
  it("shows certified stock with rupiah prices and certificate links", async () => {
    setup();
    renderWithApp(<CatalogPage />);
    const table = await screen.findByRole("table");
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent("Minyak nilam");
    expect(rows[1]).toHaveTextContent(/Rp\s1\.250\.000/);
    expect(rows[1]).toHaveTextContent(/400\skg/);
    expect(within(rows[1] as HTMLElement).getByRole("link", { name: "Lihat sertifikat" })).toHaveAttribute("href", "/certificates/cert-1");
  });

  it("filters by product, grade, province and quantity through labelled fields", async () => {
    const api = setup();
    renderWithApp(<CatalogPage />);
    await screen.findByRole("table");
    await userEvent.selectOptions(screen.getByLabelText("Produk"), "patchouli-oil");
    await userEvent.selectOptions(screen.getByLabelText("Mutu minimum"), "PA-32");
    await userEvent.selectOptions(screen.getByLabelText("Provinsi"), "ID-JT");
    await userEvent.type(screen.getByLabelText("Jumlah minimum tersedia"), "100");
    await userEvent.click(screen.getByRole("button", { name: "Cari" }));

    expect(await screen.findByText("Tidak ada batch yang cocok dengan penyaring ini.")).toBeInTheDocument();
    expect(window.location.search).toBe("?productId=patchouli-oil&minGrade=PA-32&province=ID-JT&minQuantity=100");
    const last = api.calls.filter((call) => call.path === "/catalog").at(-1);
    expect(last).toBeDefined();
  });

  it("switches every label to English", async () => {
    setup();
    renderWithApp(
      <>
        <LanguageSwitch />
        <CatalogPage />
      </>,
    );
    await screen.findByRole("table");
    await userEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1, name: "Catalog" })).toBeInTheDocument();
    expect(screen.getByLabelText("Minimum grade")).toBeInTheDocument();
    expect(screen.getAllByText("Patchouli oil").length).toBeGreaterThan(0);
    expect(document.documentElement.lang).toBe("en");
  });
});
