/**
 * Prints the nginx configuration for the built site, from src/hosting/rules.ts.
 * Usage: npm run --silent nginx-conf -- [--root /srv/site/dist] [--listen 80] [--tls] > site.conf
 */
import { nginxConf } from '../hosting/rules.ts';

const args = process.argv.slice(2);
const value = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
process.stdout.write(nginxConf({ root: value('--root'), listen: value('--listen'), tls: args.includes('--tls') }));
