// The command line's name, version and where its documentation lives, from package.json (esbuild
// keeps only these fields of it in the bundle).
import { homepage, version } from '../../../package.json';

export const PRODUCT_NAME = 'submission-checker';
export const PRODUCT_VERSION: string = version;
/** The repository's page (a placeholder until the extension is published: see README.md). */
export const REPOSITORY_URL = homepage.replace(/#.*$/, '');
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/HEAD/docs/rules.md`;
