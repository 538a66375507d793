// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { screenToTakeOver, settleTakenOverScreen } from '../../src/boot/takeOver.ts'

/** A page as the build writes it and the page's scripts leave it: the note for a late script, the screen copies, the stand-in. */
function page({ copies = ['zh-Hans'], htmlClass = '' } = {}) {
  document.documentElement.className = htmlClass
  const screens = copies
    .map(
      (lang) =>
        `<div class="prerendered" lang="${lang}"><header><button inert>繁體</button></header>` +
        `<main><select inert><option>我</option></select><details><summary data-needs-app="" inert>自己加一步</summary></details>` +
        `<input type="checkbox" data-step="settle"></main></div><script></script>`,
    )
    .join('')
  document.body.innerHTML = `<div id="root"><div class="script-late toast" role="alert" hidden></div>${screens}<div class="app-header boot-header"></div></div>`
}

afterEach(() => {
  document.documentElement.className = ''
  window.location.hash = ''
})

describe('screenToTakeOver: the app takes over the one screen on show as it is (the prerender, or the screen it kept in its place)', () => {
  it('takes the one copy left on show', () => {
    page()
    expect(screenToTakeOver(document)).toBe(document.querySelector('.prerendered'))
    page({ copies: ['zh-Hant'] })
    expect(screenToTakeOver(document)?.lang).toBe('zh-Hant')
  })

  it('not the stand-in (the page skipped its screen), nor a screen still waiting for its finishing script', () => {
    page({ htmlClass: 'skip-prerendered' })
    expect(screenToTakeOver(document)).toBeNull()
    page({ htmlClass: 'prerendered-wait' })
    expect(screenToTakeOver(document)).toBeNull()
  })

  it('not a screen kept by an earlier build: the app draws its own in its place', () => {
    page({ htmlClass: 'kept-older' })
    expect(screenToTakeOver(document)).toBeNull()
  })

  it('not two copies (a page that never finished)', () => {
    page({ copies: ['zh-Hans', 'zh-Hant'] })
    expect(screenToTakeOver(document)).toBeNull()
  })

  it('not with a #place to jump to: the app marks that step, which the build did not draw', () => {
    page()
    window.location.hash = '#item-settle-bill'
    expect(screenToTakeOver(document)).toBeNull()
  })
})

describe('settleTakenOverScreen: once taken over, the screen is the app’s', () => {
  it('its buttons, menus and 自己加一步 stop waiting, it leaves the copy rules, and the page’s own parts go', () => {
    page()
    const screen = document.querySelector('.prerendered')
    settleTakenOverScreen(document)
    const root = document.getElementById('root')
    expect(root?.children).toHaveLength(1)
    expect(root?.firstElementChild).toBe(screen)
    expect(screen?.className).toBe('app-screen')
    expect(screen?.hasAttribute('lang')).toBe(false)
    expect(document.querySelectorAll('[inert]')).toHaveLength(0)
    // The box is the same box: nothing was made anew.
    expect(screen?.querySelector('input[data-step="settle"]')).not.toBeNull()
  })

  it('does nothing where the app drew its own screen', () => {
    document.body.innerHTML = '<div id="root"><header><button>繁體</button></header><main></main></div>'
    const before = document.body.innerHTML
    settleTakenOverScreen(document)
    expect(document.body.innerHTML).toBe(before)
  })
})
