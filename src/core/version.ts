/** The library's version, shown when two copies meet on one page. Kept equal to package.json by `npm run lint`. */
export const VERSION = '0.1.0';
