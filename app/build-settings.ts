/**
 * The sandbox's build settings (README, "Deploying the sandbox"), fixed when `vite build` runs
 * from environment variables of the same names; empty means the default for `npm start`.
 */
declare const __ONEFILE_PREVIEW_ORIGIN__: string | undefined;
declare const __ONEFILE_EDITOR_ORIGINS__: string | undefined;
declare const __ONEFILE_EMBED_ORIGINS__: string | undefined;

/** `ONEFILE_PREVIEW_ORIGIN`: the preview origin pattern, e.g. `https://{id}.preview.example.com`. */
export const PREVIEW_ORIGIN_PATTERN = typeof __ONEFILE_PREVIEW_ORIGIN__ === "string" ? __ONEFILE_PREVIEW_ORIGIN__ : "";

/** `ONEFILE_EDITOR_ORIGINS`: the origins whose pages may frame a preview's host page (space-separated). */
export const EDITOR_ORIGINS = typeof __ONEFILE_EDITOR_ORIGINS__ === "string" ? __ONEFILE_EDITOR_ORIGINS__ : "";

/** `ONEFILE_EMBED_ORIGINS`: the origins whose pages may script an embedded sandbox (space-separated; empty: any). */
export const EMBED_ORIGINS = typeof __ONEFILE_EMBED_ORIGINS__ === "string" ? __ONEFILE_EMBED_ORIGINS__ : "";
