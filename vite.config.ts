/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/**
 * Content-Security-Policy. Everything comes from our own origin: no inline
 * scripts, no other hosts. The built index.html carries it as a <meta> tag
 * (the dev server needs an inline script for hot reload, so only the build
 * gets it). Hosts that can send headers should send CSP_HEADER as well;
 * `vite preview` does, so the browser tests run under both.
 */
export const CSP = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
/** frame-ancestors only works as a header, not in <meta>. */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022' },
  preview: {
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP_HEADER, 'Referrer-Policy': 'no-referrer' },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
  },
})
