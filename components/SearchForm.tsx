interface SearchFormProps {
  action: string;
  label: string;
  placeholder: string;
  submit: string;
  defaultValue?: string;
  /** Distinguishes the field when a page has two forms (header and search page). */
  id: string;
  large?: boolean;
  /** Let live-search.js update the results as the reader types. */
  live?: boolean;
}

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ action, label, placeholder, submit, defaultValue, id, large, live }: SearchFormProps) {
  return (
    <form action={action} method="get" role="search" data-live-search={live ? '' : undefined} className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={200}
        autoComplete="off"
        enterKeyHint="search"
        className={`min-w-0 rounded border border-stone-400 bg-white px-2 font-sans text-stone-900 placeholder:text-stone-500 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100 dark:placeholder:text-stone-400 ${large ? 'w-full py-2 text-lg' : 'w-40 py-1 text-sm lg:w-52'}`}
      />
      <button
        type="submit"
        className={`shrink-0 rounded bg-accent px-3 font-sans font-semibold text-white hover:bg-stone-800 dark:bg-accent-dark dark:text-stone-950 dark:hover:bg-stone-200 ${large ? 'py-2 text-base' : 'py-1 text-sm'}`}
      >
        {submit}
      </button>
    </form>
  );
}
