/**
 * Content types for static files, by extension. A short table of what web projects ship; anything
 * else is `application/octet-stream`, which browsers download rather than guess at. Used by core's
 * `STATIC` files and by the Node host's `--static` folders.
 */
const TEXT = "; charset=utf-8";
const TYPES = {
    html: "text/html" + TEXT,
    htm: "text/html" + TEXT,
    css: "text/css" + TEXT,
    js: "text/javascript" + TEXT,
    mjs: "text/javascript" + TEXT,
    json: "application/json",
    map: "application/json",
    webmanifest: "application/manifest+json",
    txt: "text/plain" + TEXT,
    md: "text/markdown" + TEXT,
    csv: "text/csv" + TEXT,
    xml: "application/xml",
    svg: "image/svg+xml",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    webp: "image/webp",
    avif: "image/avif",
    ico: "image/x-icon",
    woff: "font/woff",
    woff2: "font/woff2",
    ttf: "font/ttf",
    otf: "font/otf",
    pdf: "application/pdf",
    wasm: "application/wasm",
    mp3: "audio/mpeg",
    wav: "audio/wav",
    ogg: "audio/ogg",
    mp4: "video/mp4",
    webm: "video/webm",
    zip: "application/zip",
};
/**
 * The Content-Type for a file name.
 *
 * @example
 * ```ts
 * contentTypeFor("css/site.css"); // "text/css; charset=utf-8"
 * contentTypeFor("data.bin");     // "application/octet-stream"
 * ```
 */
export function contentTypeFor(name) {
    const dot = name.lastIndexOf(".");
    if (dot === -1 || dot < name.lastIndexOf("/"))
        return "application/octet-stream";
    return TYPES[name.slice(dot + 1).toLowerCase()] ?? "application/octet-stream";
}
