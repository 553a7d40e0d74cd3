import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

// Registers `.openapi()` on zod once, so every schema can carry its OpenAPI name and example.
extendZodWithOpenApi(z);

export { z };
