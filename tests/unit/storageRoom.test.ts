import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Every source file under src/, by path. */
const sourceFiles = (dir = 'src'): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  )

/** The code of a file without its comments (a comment may say "localStorage"; code may not). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

describe('one room for storage', () => {
  it('only src/storage/ names localStorage, sessionStorage or indexedDB', () => {
    const files = sourceFiles()
    expect(files.length).toBeGreaterThan(50)
    const outside = files
      .filter((file) => !file.startsWith(join('src', 'storage')))
      .filter((file) => /\b(localStorage|sessionStorage|indexedDB)\b/.test(withoutComments(readFileSync(file, 'utf8'))))
    expect(outside).toEqual([])
  })

  it('src/storage/ does name them: the rule above is not vacuous', () => {
    const inside = sourceFiles(join('src', 'storage')).filter((file) =>
      /\b(localStorage|indexedDB)\b/.test(withoutComments(readFileSync(file, 'utf8'))),
    )
    expect(inside.map((file) => file.split(/[\\/]/).at(-1)).sort()).toEqual(['deviceStorage.ts', 'journal.ts'])
  })
})
