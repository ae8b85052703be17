/**
 * Zod tries `new Function` to compile faster checks, the first time a schema is built: the editor's
 * policy forbids evaluating strings, so tell it not to try. Imported before any schema.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
