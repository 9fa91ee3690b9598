/**
 * Imported first by index.ts. The page's CSP has no 'unsafe-eval': tell zod (bundled here for
 * the contract's event schemas) never to compile a schema with `new Function`, nor to probe
 * whether it may (the browser reports the probe alone as a violation). Zod decides this when
 * each schema is constructed, and the contract's schemas are constructed as it is imported,
 * so the setting must be made in a module evaluated before that import.
 */
import { z } from 'zod'

z.config({ jitless: true })
