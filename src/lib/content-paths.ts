/** Where the editors' content lives. Tests point CONTENT_DIR at a copy with a broken file in it. */
export const contentDir = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
