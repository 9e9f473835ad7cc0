/** The heading and one-line introduction at the top of a listing page. */
export function PageIntro({ title, intro }: { title: string; intro?: string }) {
  return (
    <div className="mb-10 max-w-measure space-y-2">
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
      {intro && <p className="font-serif text-lg text-stone-700 dark:text-stone-300">{intro}</p>}
    </div>
  );
}
