/** The URLs of the modules loaded through tsx (see imports.js). */
export declare const imported: Set<string>;
