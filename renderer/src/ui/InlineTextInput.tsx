import { useRef, type CSSProperties } from 'react';

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
  const finished = useRef(false);
  const finish = (value: string | null) => {
    if (finished.current) return;
    finished.current = true;
    if (value !== null && value.trim() !== props.initial.trim()) props.onCommit(value.trim());
    props.onDone();
  };
  return (
    <input
      className={props.className}
      aria-label={props.label}
      placeholder={props.placeholder}
      maxLength={props.maxLength}
      style={props.style}
      defaultValue={props.initial}
      autoFocus
      onFocus={(e) => e.target.select()}
      onBlur={(e) => finish(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(e.currentTarget.value);
        if (e.key === 'Escape') finish(null);
      }}
    />
  );
}
