// One call of a contract method from outside (IPC or HTTP): validate the argument, run the method, validate
// the result, and turn any failure into a HostErrorData the renderer can show as one Chinese line.
import { contract, methodNames, type HostMethods, type MethodName } from '../../shared/api/contract';
import type { HostErrorData } from '../../shared/api/host-error';
import { isInputError } from '../../shared/errors';
import { describeZodError } from '../../shared/model/schema';
import type { Log } from './ports';

export type CallOutcome = { ok: unknown } | { error: HostErrorData };

export function isMethodName(name: string): name is MethodName {
  return (methodNames as string[]).includes(name);
}

export async function dispatch(methods: HostMethods, name: string, input: unknown, log?: Log): Promise<CallOutcome> {
  if (!isMethodName(name)) return { error: { kind: 'denied', message: `未知的操作 "${name}"` } };
  const spec = contract[name];
  const parsed = spec.input.safeParse(input ?? null);
  if (!parsed.success) {
    const { path, message } = describeZodError(parsed.error);
    return { error: { kind: 'input', message: `参数无效：${path}: ${message}`, place: name } };
  }
  try {
    const result = await (methods[name] as (arg: unknown) => Promise<unknown>)(parsed.data);
    const checked = spec.output.safeParse(result);
    if (!checked.success) {
      const { path, message } = describeZodError(checked.error);
      log?.error(`${name} returned an invalid result at ${path}: ${message}`);
      return { error: { kind: 'internal', message: `内部错误：${name} 的结果无效（${path}: ${message}）` } };
    }
    return { ok: checked.data };
  } catch (error) {
    if (isInputError(error)) {
      return { error: { kind: 'input', message: error.message, ...(error.file ? { file: error.file } : {}), ...(error.place ? { place: error.place } : {}) } };
    }
    log?.error(`${name} failed`, error);
    return { error: { kind: 'internal', message: `内部错误：${error instanceof Error ? error.message : String(error)}` } };
  }
}
