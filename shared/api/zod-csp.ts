// Zod 4 compiles object schemas with `new Function` unless told not to; under the renderer's CSP (no
// 'unsafe-eval') that throws EvalError on every parse. In a page, switch zod to its interpreter. Imported
// by contract.ts, so every renderer that talks to a host gets it; Node keeps the faster compiled parsers.
import { z } from 'zod';

if (typeof (globalThis as { document?: unknown }).document !== 'undefined') z.config({ jitless: true });
