interface ProgressMeterProps {
  value: number
  max: number
  /** The accessible name of the bar, e.g. "完成进度". */
  label: string
  /** The visible figure, e.g. "已完成 5/18 步". */
  text: string
}

export function ProgressMeter({ value, max, label, text }: ProgressMeterProps) {
  return (
    <div className="progress-meter">
      <progress value={value} max={max} aria-label={label} />
      <span className="progress-text">{text}</span>
    </div>
  )
}
