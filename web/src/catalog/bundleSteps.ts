/**
 * Orders a bundle's component items into steps: step 1 holds the items that wait for nothing, step n
 * the items whose prerequisites are all in earlier steps. Items in one step can be handled together.
 * A dependency on a code outside the bundle is ignored; a cycle puts the items in it into a last step.
 */
export function bundleSteps<T extends { code: string; dependsOn: string[] }>(items: T[]): T[][] {
  const codes = new Set(items.map((i) => i.code));
  const level = new Map<string, number>();
  let remaining = [...items];
  let current = 0;
  const steps: T[][] = [];
  while (remaining.length > 0) {
    const ready = remaining.filter((item) =>
      item.dependsOn.every(
        (dep) => !codes.has(dep) || dep === item.code || (level.get(dep) ?? Infinity) < current,
      ),
    );
    if (ready.length === 0) {
      steps.push(remaining);
      break;
    }
    for (const item of ready) level.set(item.code, current);
    steps.push(ready);
    remaining = remaining.filter((item) => !ready.includes(item));
    current += 1;
  }
  return steps;
}
