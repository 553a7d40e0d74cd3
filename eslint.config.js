import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", ".sst/**", ".data/**", "cdk.out/**", "test-results/**"] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // Each zod import decides what a function bundle carries: zod classic, or mini's `z` taken by
      // name, pulls in all of zod (~430 KB with every locale) where `import * as z` keeps what is used.
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: 'Use zod/mini (`import * as z from "zod/mini"`): classic zod puts ~450 KB in every bundle.' }] },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value='zod/mini'] > ImportSpecifier[imported.name='z']",
          message: 'Import the namespace (`import * as z from "zod/mini"`) so esbuild can drop what is unused.',
        },
      ],
    },
  },
);
