// Ids for new 栏目 and documents: short, unique within an issue, stable once made.
export function newId(prefix: string): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `${prefix}-${random[0]!.toString(36)}${random[1]!.toString(36)}`.slice(0, 16);
}
