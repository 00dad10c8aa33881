/**
 * Adds Django's SecurityMiddleware headers: `X-Content-Type-Options: nosniff`
 * (`SECURE_CONTENT_TYPE_NOSNIFF`), `Referrer-Policy` (`SECURE_REFERRER_POLICY`), and
 * `X-Frame-Options` when `X_FRAME_OPTIONS` is set. X-Frame-Options is off by default so the
 * sandbox can show the site in its preview iframe. Headers a view already set are kept.
 *
 * @example
 * ```ts
 * new App({ X_FRAME_OPTIONS: "DENY" }); // SecurityMiddleware is in DEFAULT_MIDDLEWARE
 * ```
 */
export const SecurityMiddleware = (getResponse, { settings }) => {
    // The headers depend on settings only, so they are worked out once per app.
    const add = [];
    if (settings.SECURE_CONTENT_TYPE_NOSNIFF)
        add.push(["X-Content-Type-Options", "nosniff"]);
    if (settings.SECURE_REFERRER_POLICY)
        add.push(["Referrer-Policy", settings.SECURE_REFERRER_POLICY]);
    if (settings.X_FRAME_OPTIONS)
        add.push(["X-Frame-Options", settings.X_FRAME_OPTIONS]);
    return async (request) => {
        const response = await getResponse(request);
        const headers = response.headers;
        for (const [name, value] of add)
            if (!headers.has(name))
                headers.set(name, value);
        return response;
    };
};
