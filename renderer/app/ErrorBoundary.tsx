// Never a blank window: a failing part of the UI shows a Chinese message and a way back, the rest keeps working.
import { Component, type ReactNode } from 'react';
import { t } from '../messages/zh-CN';

interface Props {
  children: ReactNode;
  /** Changing the key (e.g. the selected document) clears the error. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: undefined };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  override componentDidCatch(error: Error): void {
    // Kept for the developer console; the clerk sees the message below.
    console.warn('render error', error);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-panel" role="alert">
        <h3>{t.errorTitle}</h3>
        <p>{t.errorRender}</p>
        <p className="error-detail">{this.state.error.message}</p>
        <button onClick={() => this.setState({ error: null })}>{t.errorRetry}</button>
      </div>
    );
  }
}
