import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../lib/useTranslation.ts'
import { useProgress } from '../progress/progressStore.ts'
import { continueLink } from '../backup/continueLink.ts'
import { canShare, shareOrFallback } from '../lib/shareOrFallback.ts'
import './share.css'

type Qr = { size: number; path: string } | null | 'loading'

/** "在另一台设备继续": a dialog with the current person's progress as a link and a QR code. */
export default function ContinueElsewhere({ personName, onClose }: { personName: string; onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const linkId = useId()
  const [link, setLink] = useState<string | null>(null)
  const [qr, setQr] = useState<Qr>('loading')
  const [copied, setCopied] = useState(false)
  // The phone's own share sheet, first, where the browser has one; 复制链接 stays beside it.
  const [shareable] = useState(() => canShare({ url: window.location.origin }))

  useEffect(() => {
    ref.current?.showModal()
    let current = true
    const { people, currentPersonId } = useProgress.getState()
    const person = people[currentPersonId]
    if (!person) return
    void continueLink(window.location.origin, { personId: currentPersonId, person, sentAt: Date.now() }).then(async (made) => {
      if (!current) return
      setLink(made)
      const { qrPath } = await import('./qrCode.ts')
      if (current) setQr(qrPath(made))
    })
    return () => {
      current = false
    }
  }, [])

  async function copy() {
    if (!link) return
    try {
      await navigator.clipboard.writeText(link)
      setCopied(true)
    } catch {
      document.getElementById(linkId)?.focus()
    }
  }

  /** 分享链接: the share sheet; if it refuses (not closed by the person), the link is copied instead. */
  async function share() {
    if (!link) return
    await shareOrFallback({ title: t('app.name'), text: t('share.shareLinkText'), url: link }, copy)
  }

  return (
    <dialog ref={ref} className="continue-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('share.continue')}</h2>
      <p>{t('share.continueBody')}</p>
      <p className="hint">{t('share.continuePrivacy', { person: personName })}</p>
      {qr !== 'loading' &&
        (qr ? (
          <svg className="qr" role="img" aria-label={t('share.qrLabel')} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges">
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" />
          </svg>
        ) : (
          <p className="hint">{t('share.qrTooBig')}</p>
        ))}
      <label htmlFor={linkId}>{t('share.linkLabel')}</label>
      <input id={linkId} className="link-field" readOnly value={link ?? ''} onFocus={(event) => event.currentTarget.select()} />
      {copied && <p role="status">{t('share.linkCopied')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('share.close')}
        </button>
        {shareable && (
          <button type="button" className="primary" disabled={!link} onClick={share}>
            {t('share.shareLink')}
          </button>
        )}
        <button type="button" className={shareable ? undefined : 'primary'} disabled={!link} onClick={copy}>
          {t('share.copyLink')}
        </button>
      </div>
    </dialog>
  )
}
