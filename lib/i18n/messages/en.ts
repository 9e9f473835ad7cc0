import type { Messages } from './index';

export const en = {
  siteName: 'Kazakhstan, two views',
  siteTagline: 'News and analysis, in French and English',
  skipToContent: 'Skip to content',
  nav: { home: 'Home', tags: 'Topics', label: 'Main navigation' },
  switchLanguage: { label: 'Français', title: 'Lire cette page en français' },
  kinds: { news: 'News', analysis: 'Analysis' },
  home: {
    title: 'News and analysis',
    intro: 'Kazakhstan between Moscow, Beijing and the West: reporting and analysis, to read in French or English.',
  },
  onlyInOther: 'French only',
  article: {
    readingTime: (minutes: number) => `${minutes} min read`,
    sources: 'Sources',
    tags: 'Topics',
    related: 'Read next',
    relatedBecause: 'Shared topics',
    share: 'Share',
    translatedFrom: { fr: 'Translated from French', en: 'Translated from English' },
    notInLanguage: 'This piece is not yet available in English; here is its French version.',
    issue: 'issue',
    summary: 'In brief',
  },
  share: {
    email: 'Email',
    x: 'X',
    facebook: 'Facebook',
    linkedin: 'LinkedIn',
    copy: 'Copy link',
    copied: 'Link copied',
  },
  tags: {
    title: 'Topics',
    intro: 'Every topic we cover, with the number of pieces for each.',
    count: (n: number) => (n === 1 ? '1 piece' : `${n} pieces`),
    kinds: { place: 'Place', person: 'Person', organisation: 'Organisation', topic: 'Topic' },
    pageTitle: (label: string) => `Topic: ${label}`,
    allTags: 'All topics',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you asked for does not exist or has moved.',
    home: 'Back to the home page',
    tags: 'Browse topics',
  },
  footer: {
    about: 'A bilingual demonstration site. Texts come from their sources, cited under each piece; translations marked as such are our newsroom’s.',
  },
} satisfies Messages;
