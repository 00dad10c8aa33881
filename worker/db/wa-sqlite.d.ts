/**
 * Types for the parts of @journeyapps/wa-sqlite its own declarations leave out: the FacadeVFS
 * base class (JavaScript-friendly VFS methods) and the JSPI build's module factory.
 */
declare module "@journeyapps/wa-sqlite/src/FacadeVFS.js" {
  import { Base } from "@journeyapps/wa-sqlite/src/VFS.js";

  export class FacadeVFS extends Base {
    constructor(name: string, module: unknown);
    jOpen(filename: string | null, fileId: number, flags: number, pOutFlags: DataView): number | Promise<number>;
    jClose(fileId: number): number | Promise<number>;
    jRead(fileId: number, pData: Uint8Array, iOffset: number): number | Promise<number>;
    jWrite(fileId: number, pData: Uint8Array, iOffset: number): number | Promise<number>;
    jTruncate(fileId: number, iSize: number): number | Promise<number>;
    jSync(fileId: number, flags: number): number | Promise<number>;
    jFileSize(fileId: number, pSize64: DataView): number | Promise<number>;
    jDelete(name: string, syncDir: number): number | Promise<number>;
    jAccess(name: string, flags: number, pResOut: DataView): number | Promise<number>;
  }
}

declare module "@journeyapps/wa-sqlite/dist/wa-sqlite-jspi.mjs" {
  export default function ModuleFactory(config?: object): Promise<any>;
}

declare module "@journeyapps/wa-sqlite/src/examples/IDBMirrorVFS.js" {
  export const IDBMirrorVFS: unknown;
}

declare module "@journeyapps/wa-sqlite/src/examples/IDBBatchAtomicVFS.js" {
  export const IDBBatchAtomicVFS: unknown;
}

declare module "@journeyapps/wa-sqlite/src/examples/OPFSCoopSyncVFS.js" {
  export const OPFSCoopSyncVFS: unknown;
}

/** Vite's `?url` import: the URL the built file is served at. */
declare module "*.wasm?url" {
  const url: string;
  export default url;
}
