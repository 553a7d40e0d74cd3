import { config } from "zod/mini";
import english from "zod/v4/locales/en.js";

// zod/mini loads no locale, so every issue would read "Invalid input"; importing the one file keeps
// the other ~40 locales out of the bundles.
config(english());
