// The part of madge's API scripts/check-import-cycles.ts uses (madge ships no types).
declare module 'madge' {
  interface MadgeResult {
    /** Each module (path relative to the base directory) and the modules it imports. */
    obj(): Record<string, string[]>;
    circular(): string[][];
  }
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    excludeRegExp?: RegExp[];
  }
  export default function madge(path: string, config?: MadgeConfig): Promise<MadgeResult>;
}
