import { useEffect } from 'react'

/** "注销实体手机卡 · 手机卡注销清单": a screen's title, then the app's name. */
export const pageTitle = (screen: string, appName: string) => `${screen} · ${appName}`

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title
  }, [title])
}
