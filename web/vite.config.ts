import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev server proxies the API to a running `npm start` (PORT defaults to 3000 there).
const apiTarget = process.env.API_PROXY_TARGET ?? "http://localhost:3000";

export default defineConfig({
  plugins: [react()],
  // sst (infra) pins React 18 at the repository root; dedupe makes every import of react resolve to
  // web's React 19, so react-dom and the app never run against two different Reacts.
  resolve: { dedupe: ["react", "react-dom"] },
  server: { proxy: { "/api": apiTarget } },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", sourcemap: false },
});
