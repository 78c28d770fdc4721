import type { CSSProperties } from 'react';
import { useTextField } from '../editor/text-field';

/**
 * One line of text edited in place (a board's name or goal, a stage or lane title, a feeling):
 * Enter or leaving the field keeps the text when it changed, Escape keeps the old one.
 * Keys stay inside the field, so board shortcuts never fire while typing.
 */
export function InlineTextInput(props: {
  label: string;
  initial: string;
  onCommit: (value: string) => void;
  onDone: () => void;
  className?: string;
  placeholder?: string;
  maxLength?: number;
  style?: CSSProperties;
}) {
  const field = useTextField<HTMLInputElement>({ mode: 'commit', initial: props.initial, onCommit: props.onCommit, onEnd: props.onDone });
  return (
    <input
      {...field}
      className={props.className}
      aria-label={props.label}
      placeholder={props.placeholder}
      maxLength={props.maxLength}
      style={props.style}
      autoFocus
    />
  );
}
