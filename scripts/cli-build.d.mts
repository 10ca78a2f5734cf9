export declare const COMPILED_MAIN: URL;
export declare const SOURCE_MAIN: URL;
export declare function isCliBuildFresh(): boolean;
