// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { usePersistentStorage } from '../../src/progress/persistentStorage.ts'
import { followOtherTabs, useProgress } from '../../src/progress/progressStore.ts'
import { progressAfterImport, type ImportMode } from '../../src/backup/backupFile.ts'
import { PROGRESS_KEY } from '../../src/storage/keys.ts'
import { newPerson, type SavedProgress } from '../../src/progress/savedProgress.ts'
import { lastTouchedAt } from '../../src/progress/selectors.ts'

const marks = (guideId: string, personId = useProgress.getState().currentPersonId) =>
  useProgress.getState().people[personId]?.guides[guideId] ?? {}
const saved = () => JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? 'null')

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] })
})

describe('progress store', () => {
  it('ticks and unticks a step, keeping when it happened', () => {
    const { toggleStep } = useProgress.getState()
    toggleStep('physical-sim', 'settle-bill', true)
    expect(marks('physical-sim')['settle-bill']).toEqual({ done: true, at: 1_000_000 })

    vi.setSystemTime(1_005_000)
    toggleStep('physical-sim', 'settle-bill', false)
    expect(marks('physical-sim')['settle-bill']).toEqual({ done: false, at: 1_005_000 })
    expect(lastTouchedAt(marks('physical-sim'))).toBe(1_005_000)
  })

  it('saves at once under one key, as versioned JSON keyed person → guide → step', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    expect(saved()).toEqual({
      version: 5,
      state: {
        currentPersonId: 'me',
        people: {
          me: {
            name: null,
            at: 0,
            removed: false,
            guides: { esim: { backup: { done: true, at: 1_000_000 } } },
            notes: {},
            answers: {},
            ownSteps: {},
          },
        },
      },
    })
    expect(saved().state.undoable).toBeUndefined()
  })

  it('keeps each person’s ticks apart', () => {
    useProgress.setState({
      people: {
        me: { ...newPerson(null, 0), guides: { esim: { backup: { done: true, at: 1 } } } },
        mum: { ...newPerson('妈妈的卡', 0), guides: {} },
      },
      currentPersonId: 'mum',
    })
    useProgress.getState().toggleStep('esim', 'decide', true)
    expect(marks('esim', 'mum')).toEqual({ decide: { done: true, at: 1_000_000 } })
    expect(marks('esim', 'me')).toEqual({ backup: { done: true, at: 1 } })
    expect(saved().state.people.mum.guides.esim.decide.done).toBe(true)
  })

  it('resets one guide and leaves the others alone', () => {
    const { toggleStep } = useProgress.getState()
    toggleStep('physical-sim', 'decide', true)
    toggleStep('physical-sim', 'backup', true)
    toggleStep('esim', 'decide', true)
    vi.setSystemTime(2_000_000)
    useProgress.getState().resetGuide('physical-sim', ['decide', 'backup', 'proof'])
    expect(Object.values(marks('physical-sim')).some((mark) => mark.done)).toBe(false)
    expect(marks('esim').decide?.done).toBe(true)
  })

  it('undoes a reset, but not over a step ticked or unticked since', () => {
    const { toggleStep, undo } = useProgress.getState()
    toggleStep('physical-sim', 'decide', true)
    toggleStep('physical-sim', 'backup', true)
    toggleStep('physical-sim', 'proof', true)
    vi.setSystemTime(2_000_000)
    useProgress.getState().resetGuide('physical-sim', ['decide', 'backup', 'proof', 'verify'])
    vi.setSystemTime(3_000_000)
    toggleStep('physical-sim', 'backup', false)
    toggleStep('physical-sim', 'verify', true)

    undo()
    const after = marks('physical-sim')
    expect(after.decide?.done).toBe(true)
    expect(after.proof?.done).toBe(true)
    expect(after.backup?.done).toBe(false)
    expect(after.verify?.done).toBe(true)
    expect(useProgress.getState().undoable).toBeNull()
  })

  it('has nothing to undo before a reset', () => {
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().undo()
    expect(marks('esim')).toEqual({ decide: { done: true, at: 1_000_000 } })
  })

  it('reads progress saved by the first version back when the app starts again', async () => {
    window.localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        state: { currentPersonId: 'me', people: { me: { name: null, guides: { esim: { proof: { done: true, at: 5 } } } } } },
      }),
    )
    await useProgress.persist.rehydrate()
    expect(marks('esim').proof).toEqual({ done: true, at: 5 })
  })
})

describe('progress store, notes', () => {
  it('keeps a note as typed, without the characters that would turn the text around', () => {
    useProgress.getState().setNote('esim', 'decide', '\u202E工单号 A1\u2066')
    expect(useProgress.getState().people.me?.notes.esim?.decide?.text).toBe('工单号 A1')
  })
})

describe('progress store, answers to a guide’s questions', () => {
  const answers = (guideId: string, personId = useProgress.getState().currentPersonId) =>
    useProgress.getState().people[personId]?.answers[guideId] ?? {}

  it('keeps the current person’s answer per guide, with when it was given, and saves it at once', () => {
    const { answerQuestion } = useProgress.getState()
    answerQuestion('physical-sim', 'where', 'uk')
    vi.setSystemTime(1_002_000)
    answerQuestion('physical-sim', 'where', 'mainland')
    answerQuestion('esim', 'watch', 'yes')
    expect(answers('physical-sim')).toEqual({ where: { value: 'mainland', at: 1_002_000 } })
    expect(answers('esim')).toEqual({ watch: { value: 'yes', at: 1_002_000 } })
    expect(saved().state.people.me.answers['physical-sim'].where.value).toBe('mainland')
  })

  it('keeps each person’s answers apart', () => {
    const mum = useProgress.getState().addPerson('妈妈的卡')
    useProgress.getState().answerQuestion('esim', 'keep', 'port')
    useProgress.getState().switchPerson('me')
    expect(answers('esim')).toEqual({})
    expect(answers('esim', mum).keep?.value).toBe('port')
  })

  it('never touches ticks or notes when an answer changes', () => {
    const { toggleStep, setNote, answerQuestion } = useProgress.getState()
    toggleStep('physical-sim', 'find-accounts', true)
    setNote('physical-sim', 'find-accounts', '查到 3 个号码')
    const before = useProgress.getState().people.me
    answerQuestion('physical-sim', 'where', 'uk')
    answerQuestion('physical-sim', 'where', 'mainland')
    expect(useProgress.getState().people.me?.guides).toBe(before?.guides)
    expect(useProgress.getState().people.me?.notes).toBe(before?.notes)
  })

  it('merges answers like marks: for each question the later change wins', () => {
    useProgress.getState().answerQuestion('esim', 'where', 'uk')
    useProgress.getState().answerQuestion('esim', 'keep', 'cancel')
    const theirs: SavedProgress = {
      currentPersonId: 'me',
      people: {
        me: {
          ...newPerson(null, 0),
          answers: { esim: { where: { value: 'mainland', at: 5 }, keep: { value: 'port', at: 2_000_000 }, watch: { value: 'no', at: 7 } } },
        },
      },
    }
    useProgress.getState().restoreProgress(progressAfterImport(useProgress.getState(), theirs, 'merge', 3_000_000))
    expect(answers('esim')).toEqual({
      where: { value: 'uk', at: 1_000_000 },
      keep: { value: 'port', at: 2_000_000 },
      watch: { value: 'no', at: 7 },
    })
  })

  it('replaces answers exactly with a backup’s: one the backup does not have is taken back', () => {
    useProgress.getState().answerQuestion('esim', 'where', 'uk')
    useProgress.getState().answerQuestion('esim', 'keep', 'cancel')
    const theirs: SavedProgress = {
      currentPersonId: 'me',
      people: { me: { ...newPerson(null, 0), answers: { esim: { keep: { value: 'port', at: 5 } } } } },
    }
    useProgress.getState().restoreProgress(progressAfterImport(useProgress.getState(), theirs, 'replace', 3_000_000))
    expect(answers('esim')).toEqual({ where: { value: '', at: 3_000_000 }, keep: { value: 'port', at: 3_000_000 } })
  })
})

describe('progress store, keeping progress safe', () => {
  it('offers to undo an untick, and the undo brings the tick back', () => {
    const { toggleStep } = useProgress.getState()
    toggleStep('esim', 'backup', true)
    vi.setSystemTime(2_000_000)
    toggleStep('esim', 'backup', false)
    expect(useProgress.getState().undoable).toMatchObject({ kind: 'untick', guideId: 'esim', before: { backup: { done: true } } })
    useProgress.getState().undo()
    expect(marks('esim').backup?.done).toBe(true)
    expect(useProgress.getState().undoable).toBeNull()
  })

  it('keeps a removed step’s tick through a reset of the guide’s current steps', () => {
    const { toggleStep } = useProgress.getState()
    toggleStep('esim', 'old-step', true)
    toggleStep('esim', 'backup', true)
    useProgress.getState().resetGuide('esim', ['backup', 'decide'])
    expect(marks('esim')['old-step']?.done).toBe(true)
    expect(marks('esim').backup?.done).toBe(false)
  })

  const importBackup = (imported: SavedProgress, mode: ImportMode) =>
    useProgress.getState().restoreProgress(progressAfterImport(useProgress.getState(), imported, mode, Date.now()))

  it('merges an imported backup step by step', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    importBackup(
      {
        currentPersonId: 'me',
        people: { me: { ...newPerson(null, 0), guides: { esim: { decide: { done: true, at: 5 }, backup: { done: false, at: 1 } } } } },
      },
      'merge',
    )
    expect(marks('esim')).toEqual({ backup: { done: true, at: 1_000_000 }, decide: { done: true, at: 5 } })
  })

  it('replaces with a backup exactly, stamped now so older ticks elsewhere cannot win', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    vi.setSystemTime(3_000_000)
    importBackup(
      { currentPersonId: 'me', people: { me: { ...newPerson(null, 0), guides: { esim: { decide: { done: true, at: 5 } } } } } },
      'replace',
    )
    expect(marks('esim')).toEqual({ backup: { done: false, at: 3_000_000 }, decide: { done: true, at: 3_000_000 } })
  })

  it('replaces with a backup that removed a person: they are gone here too, with nothing left of them', () => {
    const mum = useProgress.getState().addPerson('妈妈的卡')
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().setNote('esim', 'decide', '工单号 A1')
    vi.setSystemTime(3_000_000)
    importBackup({ currentPersonId: 'me', people: { me: newPerson(null, 0), [mum]: { ...newPerson(null, 2), removed: true } } }, 'replace')
    expect(useProgress.getState().currentPersonId).toBe('me')
    expect(useProgress.getState().people[mum]).toEqual({
      name: null,
      at: 3_000_000,
      removed: true,
      guides: {},
      notes: {},
      answers: {},
      ownSteps: {},
    })
  })

  it('takes in ticks another tab saved, without losing its own', async () => {
    const stop = followOtherTabs()
    useProgress.getState().toggleStep('esim', 'backup', true)
    const other = saved()
    other.state.people.me.guides.esim.decide = { done: true, at: 1_500_000 }
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(other))
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }))
    await vi.waitFor(() => expect(marks('esim').decide?.done).toBe(true))
    expect(marks('esim').backup?.done).toBe(true)
    stop()
  })

  it('asks the browser to keep its storage after the first tick', async () => {
    const persist = vi.fn(async () => true)
    vi.stubGlobal('navigator', { ...window.navigator, storage: { persist, persisted: async () => false } })
    useProgress.getState().toggleStep('esim', 'backup', false)
    expect(persist).not.toHaveBeenCalled()
    useProgress.getState().toggleStep('esim', 'backup', true)
    useProgress.getState().toggleStep('esim', 'decide', true)
    expect(persist).toHaveBeenCalledTimes(1)
    expect(usePersistentStorage.getState().asked).toBe(true)
  })
})

describe('progress store, people', () => {
  const people = () => useProgress.getState().people
  const current = () => useProgress.getState().currentPersonId

  it('adds a person with their own empty progress and switches to them', () => {
    useProgress.getState().toggleStep('esim', 'backup', true)
    const mum = useProgress.getState().addPerson('  妈妈的卡  ')
    expect(current()).toBe(mum)
    expect(people()[mum]).toMatchObject({ name: '妈妈的卡', removed: false, guides: {} })
    useProgress.getState().toggleStep('esim', 'decide', true)
    expect(marks('esim', mum)).toEqual({ decide: { done: true, at: 1_000_000 } })
    expect(marks('esim', 'me')).toEqual({ backup: { done: true, at: 1_000_000 } })
    expect(saved().state.people[mum].name).toBe('妈妈的卡')

    useProgress.getState().switchPerson('me')
    expect(current()).toBe('me')
  })

  it('renames a person (and "我"), trimmed and cut to 20 characters; an empty name changes nothing', () => {
    const mum = useProgress.getState().addPerson('妈妈')
    vi.setSystemTime(2_000_000)
    useProgress.getState().renamePerson(mum, '妈妈的旧卡')
    expect(people()[mum]).toMatchObject({ name: '妈妈的旧卡', at: 2_000_000 })
    useProgress.getState().renamePerson(mum, '   ')
    expect(people()[mum]?.name).toBe('妈妈的旧卡')
    useProgress.getState().renamePerson('me', '名'.repeat(30))
    expect(people().me?.name).toBe('名'.repeat(20))
  })

  it('removes a person and their progress, and undo brings back all of it', () => {
    const mum = useProgress.getState().addPerson('妈妈的卡')
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().setNote('esim', 'decide', '工单号 A1')
    vi.setSystemTime(2_000_000)
    useProgress.getState().removePerson(mum)
    expect(current()).toBe('me')
    expect(people()[mum]).toEqual({ name: null, at: 2_000_000, removed: true, guides: {}, notes: {}, answers: {}, ownSteps: {} })
    expect(JSON.stringify(saved())).not.toContain('工单号')

    vi.setSystemTime(3_000_000)
    useProgress.getState().undo()
    expect(current()).toBe(mum)
    expect(people()[mum]).toMatchObject({ name: '妈妈的卡', at: 3_000_000, removed: false })
    expect(marks('esim', mum).decide?.done).toBe(true)
    expect(people()[mum]?.notes.esim?.decide?.text).toBe('工单号 A1')
  })

  it('never removes "我", and cannot switch to a removed person', () => {
    useProgress.getState().removePerson('me')
    expect(people().me?.removed).toBe(false)
    const mum = useProgress.getState().addPerson('妈妈的卡')
    useProgress.getState().switchPerson('me')
    useProgress.getState().removePerson(mum)
    useProgress.getState().switchPerson(mum)
    expect(current()).toBe('me')
  })

  it('does not bring a person back when their removal came after another tab’s ticks', async () => {
    const stop = followOtherTabs()
    const mum = useProgress.getState().addPerson('妈妈的卡')
    useProgress.getState().toggleStep('esim', 'decide', true)
    const older = saved()
    vi.setSystemTime(2_000_000)
    useProgress.getState().removePerson(mum)
    // Another tab that still had her ticks saves (it wrote before it saw the removal).
    older.state.people[mum].guides.esim.backup = { done: true, at: 1_500_000 }
    window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(older))
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }))
    await vi.waitFor(() => expect(people()[mum]?.removed).toBe(true))
    expect(people()[mum]?.guides).toEqual({})
    stop()
  })
})

describe('progress store, notes', () => {
  const notes = (guideId: string) => useProgress.getState().people[useProgress.getState().currentPersonId]?.notes[guideId] ?? {}

  it('keeps a note per person and step, saved at once, cut to 200 characters', () => {
    useProgress.getState().setNote('physical-sim', 'channel-hall', '工单号 A1234')
    expect(notes('physical-sim')['channel-hall']).toEqual({ text: '工单号 A1234', at: 1_000_000 })
    expect(saved().state.people.me.notes['physical-sim']['channel-hall'].text).toBe('工单号 A1234')
    useProgress.getState().setNote('physical-sim', 'refund', '退'.repeat(300))
    expect(notes('physical-sim').refund?.text).toHaveLength(200)

    useProgress.getState().addPerson('爸爸的卡')
    expect(notes('physical-sim')).toEqual({})
  })

  it('重新开始 clears the guide’s notes too, and undo brings them back', () => {
    useProgress.getState().toggleStep('esim', 'decide', true)
    useProgress.getState().setNote('esim', 'decide', '柜台说三天后退款')
    vi.setSystemTime(2_000_000)
    useProgress.getState().resetGuide('esim', ['decide'])
    expect(notes('esim').decide).toEqual({ text: '', at: 2_000_000 })
    useProgress.getState().undo()
    expect(notes('esim').decide?.text).toBe('柜台说三天后退款')
    expect(marks('esim').decide?.done).toBe(true)
  })
})
