import { encode } from 'uqr'

/**
 * A QR code as one SVG path (a 1×1 square per dark module), drawn in the
 * browser. Loaded only when someone opens 在另一台设备继续. Null when the
 * text is too long for any QR code.
 */
export function qrPath(text: string): { size: number; path: string } | null {
  try {
    const { size, data } = encode(text, { ecc: 'L', border: 2 })
    let path = ''
    data.forEach((row, y) => row.forEach((dark, x) => dark && (path += `M${x} ${y}h1v1h-1z`)))
    return { size, path }
  } catch {
    return null
  }
}
