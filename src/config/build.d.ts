/** The app's version, from package.json, set at build time (vite.config.ts `define`). */
declare const __APP_VERSION__: string
/** The day the app was built, YYYY-MM-DD (UTC), set at build time (vite.config.ts `define`). */
declare const __BUILD_DATE__: string
