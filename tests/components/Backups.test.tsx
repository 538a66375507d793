import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { BACKUP_FORMAT } from '../../src/backup/backupFile.ts'
import { LAST_BACKUP_KEY } from '../../src/storage/keys.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { useProgress } from '../../src/progress/progressStore.ts'
import { newPerson } from '../../src/progress/savedProgress.ts'
import { captureDownloads, renderApp } from './renderApp.tsx'

const backupFile = (guides: Record<string, Record<string, { done: boolean; at: number }>>, name = 'backup.json') =>
  new File(
    [
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: Date.UTC(2026, 10, 20, 8),
        state: { currentPersonId: 'me', people: { me: { name: null, guides } } },
      }),
    ],
    name,
    { type: 'application/json' },
  )

/** A file that was moved or changed after it was chosen: reading it fails. */
function unreadableFile() {
  const file = new File(['{}'], 'gone.json', { type: 'application/json' })
  file.text = () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'))
  return file
}

describe('进度与备份 screen', () => {
  it('says where progress lives, and exports it as a small file', async () => {
    const downloads = captureDownloads()
    const { user } = await renderApp('/guides/esim')
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    await user.click(screen.getByRole('link', { name: '进度与备份' }))

    expect(await screen.findByRole('heading', { level: 1, name: '进度与备份' })).toBeInTheDocument()
    expect(screen.getByText(/只保存在这台设备的这个浏览器里/)).toBeInTheDocument()
    expect(screen.getByText('还没有导出过备份。')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '导出进度' }))
    expect(downloads.names).toEqual([expect.stringMatching(/^sim-cancel-checklist-\d{4}-\d{2}-\d{2}\.json$/)])
    const exported = JSON.parse(await downloads.blobs[0]!.text())
    expect(exported.format).toBe(BACKUP_FORMAT)
    expect(exported.state.people.me.guides.esim['settle-bill'].done).toBe(true)
    // Which app made it, for whoever reads the file.
    expect(exported.app).toEqual({ version: __APP_VERSION__, built: __BUILD_DATE__ })
    expect(screen.getByText('上次导出：刚刚')).toBeInTheDocument()
    expect(window.localStorage.getItem(LAST_BACKUP_KEY)).not.toBeNull()
  })

  it('shows what a backup holds and merges only after the user agrees', async () => {
    const { user } = await renderApp('/settings')
    useProgress.getState().toggleStep('esim', 'backup', true)
    await user.upload(
      await screen.findByLabelText('选择备份文件'),
      backupFile({ 'physical-sim': { decide: { done: true, at: 5 }, 'settle-bill': { done: true, at: 6 } } }),
    )

    expect(await screen.findByText(/这份备份导出于 2026年11月20日/)).toBeInTheDocument()
    // An old backup with a tick on a step of cancelling only: read as on the cancelling path.
    expect(screen.getByText('实体手机卡：注销、转网、过户、保号：已完成 2/8 步')).toBeInTheDocument()
    expect(useProgress.getState().people.me?.guides['physical-sim']).toBeUndefined()

    await user.click(screen.getByRole('button', { name: '合并' }))
    expect(screen.getByText('已把备份里的进度合并进来。')).toBeInTheDocument()
    const guides = useProgress.getState().people.me?.guides
    expect(guides?.['physical-sim']?.decide?.done).toBe(true)
    expect(guides?.esim?.backup?.done).toBe(true)
  })

  it.each([
    ['without the app’s version (an older app’s file)', undefined],
    ['with a version it cannot be', { version: '<b>9.9.9</b>', built: 42, state: { currentPersonId: 'x' } }],
  ])('imports a backup %s the same, and takes nothing from that part', async (_, app) => {
    const file = JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: Date.UTC(2026, 10, 20, 8),
      app,
      state: { currentPersonId: 'me', people: { me: { name: null, guides: { esim: { decide: { done: true, at: 5 } } } } } },
    })
    const { user } = await renderApp('/settings')
    await user.upload(await screen.findByLabelText('选择备份文件'), new File([file], 'backup.json', { type: 'application/json' }))
    expect(await screen.findByText(/这份备份导出于 2026年11月20日/)).toBeInTheDocument()
    expect(screen.queryByText(/9\.9\.9/)).toBeNull()
    await user.click(screen.getByRole('button', { name: '合并' }))
    expect(screen.getByText('已把备份里的进度合并进来。')).toBeInTheDocument()
    expect(useProgress.getState().people.me?.guides.esim?.decide?.done).toBe(true)
    expect(useProgress.getState().currentPersonId).toBe('me')
  })

  it('replaces progress with the backup when asked to', async () => {
    const { user } = await renderApp('/settings')
    useProgress.getState().toggleStep('esim', 'backup', true)
    await user.upload(await screen.findByLabelText('选择备份文件'), backupFile({ esim: { decide: { done: true, at: 5 } } }))
    await user.click(await screen.findByRole('button', { name: '替换' }))
    const esim = useProgress.getState().people.me?.guides.esim
    expect(esim?.decide?.done).toBe(true)
    expect(esim?.backup?.done).toBe(false)
  })

  it('adds the backup’s people as new people when asked to, leaving everyone here as they are', async () => {
    const { user } = await renderApp('/settings')
    useProgress.getState().toggleStep('esim', 'backup', true)
    await user.upload(await screen.findByLabelText('选择备份文件'), backupFile({ esim: { decide: { done: true, at: 5 } } }))
    await user.click(await screen.findByRole('button', { name: '作为新的人导入' }))
    expect(screen.getByText('已把备份里的人作为新的人加进来，可以在“为谁办理”里切换。')).toBeInTheDocument()
    const { people, currentPersonId } = useProgress.getState()
    expect(currentPersonId).toBe('me')
    expect(people.me?.guides.esim).toEqual({ backup: { done: true, at: expect.any(Number) as number } })
    const added = Object.entries(people).filter(([personId]) => personId !== 'me')
    expect(added.map(([personId, person]) => [personId.startsWith('p-'), person.name, person.guides])).toEqual([
      [true, '备份里的我', { esim: { decide: { done: true, at: 5 } } }],
    ])
    // Done twice, the second gets a name of its own.
    await user.upload(screen.getByLabelText('选择备份文件'), backupFile({ esim: { decide: { done: true, at: 5 } } }))
    await user.click(await screen.findByRole('button', { name: '作为新的人导入' }))
    expect(Object.values(useProgress.getState().people).map((person) => person.name)).toEqual([null, '备份里的我', '备份里的我（2）'])
  })

  it('names a person the backup would remove before 合并, and 撤销 brings them back with their ticks', async () => {
    const { user } = await renderApp('/settings')
    let mum = ''
    act(() => {
      mum = useProgress.getState().addPerson('妈妈的卡')
      useProgress.getState().toggleStep('esim', 'backup', true)
      useProgress.getState().switchPerson('me')
    })
    // Made on a device whose clock ran two centuries ahead, or by someone who wants 妈妈的卡 gone.
    const removing = new File(
      [
        JSON.stringify({
          format: BACKUP_FORMAT,
          version: 5,
          exportedAt: Date.UTC(2026, 10, 20, 8),
          state: { currentPersonId: 'me', people: { me: newPerson(null, 0), [mum]: { ...newPerson(null, 9e12), removed: true } } },
        }),
      ],
      'backup.json',
    )
    await user.upload(await screen.findByLabelText('选择备份文件'), removing)
    const warning = (await screen.findByText('选“合并”或“替换”会删掉这台设备上的：')).closest('div')!
    expect(within(warning).getByText('“妈妈的卡”，连同这个人的全部勾选和备注')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '合并' }))
    expect(useProgress.getState().people[mum]?.removed).toBe(true)
    await user.click(screen.getByRole('button', { name: '撤销' }))
    expect(screen.getByText('已撤销，进度回到了导入以前的样子。')).toBeInTheDocument()
    expect(useProgress.getState().people[mum]).toMatchObject({ name: '妈妈的卡', removed: false })
    expect(useProgress.getState().people[mum]?.guides.esim?.backup?.done).toBe(true)
  })

  it('says before 替换 which ticks it would clear', async () => {
    const { user } = await renderApp('/settings')
    useProgress.getState().toggleStep('esim', 'backup', true)
    await user.upload(await screen.findByLabelText('选择备份文件'), backupFile({ esim: { decide: { done: true, at: 5 } } }))
    const warning = (await screen.findByText('选“替换”会删掉这台设备上的：')).closest('div')!
    expect(within(warning).getByText('“我”在“注销 eSIM”里的 1 个勾选')).toBeInTheDocument()
    // 合并 keeps both sides: nothing to warn of.
    expect(screen.queryByText('选“合并”会删掉这台设备上的：')).not.toBeInTheDocument()
  })

  it('changes nothing when the user cancels', async () => {
    const { user } = await renderApp('/settings')
    const before = window.localStorage.getItem(PROGRESS_KEY)
    await user.upload(await screen.findByLabelText('选择备份文件'), backupFile({ esim: { decide: { done: true, at: 5 } } }))
    await user.click(await screen.findByRole('button', { name: '取消' }))
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBe(before)
    expect(screen.queryByRole('button', { name: '合并' })).not.toBeInTheDocument()
  })

  it.each([
    ['a photo', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'photo.jpg', { type: 'image/jpeg' }), '这个文件读不出来'],
    ['another app’s JSON', new File(['{"todos":[]}'], 'todos.json'), '这不是本应用导出的进度备份'],
    ['a huge file', new File(['x'.repeat(300 * 1024)], 'big.json'), '这个文件太大了'],
    [
      'a backup holding what the app does not accept',
      new File([`{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":1,"state":{"people":[]}}`], 'bad.json'),
      '这份备份里的内容不是本应用生成的，或者被改过',
    ],
    [
      'a backup nested 40,000 objects deep under guides',
      new File(
        [
          `{"format":"${BACKUP_FORMAT}","version":4,"exportedAt":1,"state":{"currentPersonId":"me","people":{"me":{"guides":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}}}}`,
        ],
        'deep.json',
      ),
      '这个文件读不出来',
    ],
    ['a file that can no longer be read', unreadableFile(), '这个文件读不出来'],
  ])('refuses %s with a clear message and changes nothing', async (_, file, message) => {
    const { user } = await renderApp('/settings')
    useProgress.getState().toggleStep('esim', 'backup', true)
    const before = window.localStorage.getItem(PROGRESS_KEY)
    await user.upload(await screen.findByLabelText('选择备份文件'), file)
    expect(await screen.findByText(new RegExp(message))).toHaveTextContent('没有导入任何内容')
    expect(window.localStorage.getItem(PROGRESS_KEY)).toBe(before)
  })
})

describe('undo and blocked storage', () => {
  it('offers to undo an untick for a few seconds', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    const box = await screen.findByRole('checkbox', { name: '结清欠费' })
    await user.click(box)
    await user.click(box)
    const notice = await screen.findByRole('status')
    expect(notice).toHaveTextContent('已取消勾选：结清欠费')
    await user.click(within(notice).getByRole('button', { name: '撤销' }))
    expect(box).toBeChecked()
  })

  it('does not offer an undo that is older than its few seconds, e.g. back on the guide later', async () => {
    await renderApp('/guides/physical-sim')
    await screen.findByRole('checkbox', { name: '结清欠费' })
    act(() =>
      useProgress.setState({
        undoable: {
          kind: 'untick',
          personId: 'me',
          guideId: 'physical-sim',
          at: Date.now() - 60_000,
          before: { 'settle-bill': { done: true, at: 1 } },
          notesBefore: {},
        },
      }),
    )
    await waitFor(() => expect(useProgress.getState().undoable).toBeNull())
    expect(screen.queryByRole('button', { name: '撤销' })).not.toBeInTheDocument()
  })

  it('keeps working when storage throws on access, and offers an export', async () => {
    window.localStorage.setItem(PROGRESS_KEY, 'x')
    const storage = window.localStorage
    const { user } = await renderApp('/guides/physical-sim', {
      beforeStart: () =>
        vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        }),
    })
    expect(await screen.findByText(/这个浏览器现在不能保存进度/)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: '结清欠费' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    expect(screen.getByRole('button', { name: '导出进度' })).toBeInTheDocument()
    vi.restoreAllMocks()
    expect(storage.getItem(PROGRESS_KEY)).toBe('x')
  })

  it('keeps working when a write fails (storage full), and says so', async () => {
    const { user } = await renderApp('/guides/physical-sim')
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await user.click(await screen.findByRole('checkbox', { name: '结清欠费' }))
    expect(screen.getByRole('checkbox', { name: '结清欠费' })).toBeChecked()
    expect(screen.getByText(/最近的勾选没能保存/)).toBeInTheDocument()
  })
})
