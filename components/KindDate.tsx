interface KindDateProps {
  kindLabel: string;
  date: string;
  dateLabel: string;
}

export function KindDate({ kindLabel, date, dateLabel }: KindDateProps) {
  return (
    <p className="font-sans text-xs font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
      <span className="text-accent dark:text-accent-dark">{kindLabel}</span>
      <span aria-hidden="true"> · </span>
      <time dateTime={date} className="font-medium normal-case tracking-normal">{dateLabel}</time>
    </p>
  );
}
