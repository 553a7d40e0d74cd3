import { describe, expect, it } from "vitest";
import { initialScripts } from "../scripts/check-bundle-budget";
import { matchPath } from "../src/router/history";

describe("matchPath", () => {
  it("matches literal segments and decodes parameters", () => {
    expect(matchPath("/buyer/orders/:id", "/buyer/orders/ord%201")).toEqual({ id: "ord 1" });
    expect(matchPath("/buyer/orders/new", "/buyer/orders/new")).toEqual({});
    expect(matchPath("/buyer/orders/:id", "/buyer/orders")).toBeNull();
    expect(matchPath("/", "/")).toEqual({});
  });
});

describe("bundle budget", () => {
  it("counts the entry script and the chunks index.html preloads", () => {
    const html = `<script type="module" crossorigin src="/assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/react-2.js"><link rel="stylesheet" href="/assets/index.css">`;
    expect(initialScripts(html)).toEqual(["/assets/index-1.js", "/assets/react-2.js"]);
  });
});
