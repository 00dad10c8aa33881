// The URLs of the modules loaded through tsx, filled by bin.js's `onImport` hook.
// runserver watches the user's files among them. Plain JavaScript because bin.js
// imports it before TypeScript can be loaded.

/** @type {Set<string>} */
export const imported = new Set();
