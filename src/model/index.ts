export * from "./document.ts";
export * from "./errors.ts";
export { documentId } from "./id.ts";
