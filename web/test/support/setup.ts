// The root vitest config has no setup file for the web project, so each test imports this one:
// jest-dom matchers, and unmounting between tests (RTL only does it itself with vitest globals on).
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, "", "/");
});
