/**
 * The browser editor (/admin/): Sveltia CMS from its npm package, bundled with the site (no CDN), in
 * Vietnamese, with the configuration the build generated from the schemas (config.yml, see
 * ./cms-config.ts), file formats that change only the lines an editor changed (./file-format.ts),
 * and the schemas' own check before every save (./file-kinds.ts).
 */
import './zod-jitless.ts';
import { parse } from 'yaml';
import type { CmsConfig } from '@sveltia/cms';
import { useEditorMessages } from '../schemas/messages.ts';
import { formatFile, parseFile, ORIGINAL } from './file-format.ts';
import { fileKinds, type Collection } from './file-kinds.ts';

// Sveltia ignores a configured locale: the interface follows the browser's language unless the user
// chose one in its settings. Vietnamese unless they did.
const prefsKey = 'sveltia-cms.prefs';
const prefs = JSON.parse(localStorage.getItem(prefsKey) ?? '{}') as { locale?: string };
if (!prefs.locale || prefs.locale === 'auto')
  localStorage.setItem(prefsKey, JSON.stringify({ ...prefs, locale: 'vi' }));

const config = parse(await (await fetch(new URL('config.yml', location.href))).text()) as CmsConfig & {
  collections: Collection[];
};
// Imported after the locale is set: the CMS reads it when it loads.
const { default: CMS } = await import('@sveltia/cms');

const kinds = fileKinds(config.collections);
for (const kind of kinds) {
  if (kind.folder)
    // Many files share the format: each parsed entry carries its own text, for its next save.
    CMS.registerCustomFormat(kind.format, kind.extension, {
      fromFile: (text) => ({ ...(parseFile(text, kind.shape) as object), [ORIGINAL]: text }),
      toFile: ({ [ORIGINAL]: original, ...data }) => formatFile(data, kind.shape, original as string | undefined),
    });
  else {
    // One file per format: the format itself remembers the file's text.
    let original: string | undefined;
    CMS.registerCustomFormat(kind.format, kind.extension, {
      fromFile: (text) => parseFile((original = text), kind.shape),
      toFile: (data) => (original = formatFile(data, kind.shape, original)),
    });
  }
}

// A file the schema refuses is not written, and the editor reads why, in the checker's words.
useEditorMessages();
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const kind = kinds.find((k) => k.owns(String(entry.get('path'))));
    const { [ORIGINAL]: _original, ...data } = (
      entry.get('data') as unknown as { toJS(): Record<string, unknown> }
    ).toJS();
    const found = kind?.problems(data) ?? [];
    // Sveltia shows the cause of a "saving_failed" error in its error dialog.
    if (found.length) throw new Error('saving_failed', { cause: new Error(`Chưa lưu. Cần sửa: ${found.join(' · ')}`) });
  },
});

await CMS.init({ config: { ...config, load_config_file: false } });
