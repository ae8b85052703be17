/** Synonym groups kept by editors in content/tim-kiem/dong-nghia.yaml. */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { contentDir } from './content-paths';

let cache: Promise<string[][]> | undefined;
export const synonymGroups = () =>
  (cache ??= readFile(`${contentDir}/tim-kiem/dong-nghia.yaml`, 'utf8').then((t) => (parse(t) as { groups: string[][] }).groups));
