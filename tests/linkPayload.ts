import { deflateRawSync } from 'node:zlib'

/** `text` deflated (raw DEFLATE, as the app's CompressionStream writes it) in base64url: a continue link's payload, made by hand. */
export const linkPayload = async (text: string): Promise<string> => deflateRawSync(Buffer.from(text)).toString('base64url')
