import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What shows instead of the part that failed. */
  fallback: ReactNode
  /** A new value (the next screen's path) clears the failure and tries again. */
  resetKey?: unknown
  children: ReactNode
}

interface ErrorBoundaryState {
  failed: boolean
  resetKey: unknown
}

/**
 * Catches a render error below it, so one broken part shows a message
 * instead of React unmounting the whole page. The only class component:
 * React offers error boundaries in no other form.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { failed: false, resetKey: props.resetKey }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
