// Builds the theme's CSS and copies its scripts into wwwroot/dist; run by MSBuild when a source changes.
import { compile } from "sass";
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const out = join(root, "wwwroot", "dist");
mkdirSync(out, { recursive: true });

const result = compile(join(root, "Assets", "site.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(join(out, "site.css"), result.css);

copyFileSync(join(root, "node_modules", "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js"), join(out, "govuk-frontend.min.js"));
copyFileSync(join(root, "node_modules", "accessible-autocomplete", "dist", "accessible-autocomplete.min.js"), join(out, "accessible-autocomplete.min.js"));
copyFileSync(join(root, "Assets", "site.js"), join(out, "site.js"));
copyFileSync(join(root, "Assets", "favicon.svg"), join(out, "favicon.svg"));
console.log("theme assets built in " + out);
