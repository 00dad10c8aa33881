/** Types of shared.mjs (the data every server in the HTTP benchmark serves). */
export declare const ROUTES: string[];
export declare const TEMPLATES: Record<string, string>;
export declare const ITEMS: { id: number; name: string; price: number }[];
export declare const PAGE_CONTEXT: { title: string; items: typeof ITEMS };
export declare function portFromArgs(): number;
