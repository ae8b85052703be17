/** Where the editors' content lives. Tests point CONTENT_DIR at a copy with a broken file in it. */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

/** Folder names editors see (ASCII Vietnamese), keyed by the collection names the code uses. */
export const folders = {
  plan: 'ke-hoach',
  bodies: 'co-quan',
  laws: 'phap-luat',
  rights: 'quyen-tre-em',
  contacts: 'lien-he',
  guides: 'ho-tro',
  events: 'su-kien',
  pages: 'trang',
} as const;
