import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

// Fastify compiles a request validator and a response serializer for every route while it starts: about
// 1 s of a cold start with this API's ~250 routes (bench/indicators.bench.ts --cold-starts). These
// factories are Fastify's own, but each route's function is compiled when the route is first used, and
// `compileRest()` compiles the others in the background once the server is listening, so a schema that
// cannot compile still fails within a moment of start.

type Compiled = ((...args: unknown[]) => unknown) & { errors?: unknown };

export function lazyCompilers() {
  const pending = new Set<() => Compiled>();
  const lazy = (compile: () => Compiled): Compiled => {
    let compiled: Compiled | undefined;
    const force = () => {
      pending.delete(force);
      return (compiled ??= compile());
    };
    pending.add(force);
    const run: Compiled = function (this: unknown, ...args: unknown[]) {
      const fn = force();
      const result = fn.apply(this, args);
      // Fastify reads an Ajv validator's errors from the function it called.
      run.errors = fn.errors;
      return result;
    };
    return run;
  };
  const validators = AjvCompiler();
  const serializers = SerializerSelector();
  return {
    compilersFactory: {
      buildValidator: (...factoryArgs: Parameters<typeof validators>) => {
        const compiler = validators(...factoryArgs);
        type Validator = ReturnType<typeof compiler>;
        return (route: Parameters<typeof compiler>[0]) =>
          lazy(() => compiler(route) as unknown as Compiled) as unknown as Validator;
      },
      buildSerializer: (...factoryArgs: Parameters<typeof serializers>) => {
        const compiler = serializers(...factoryArgs);
        type Serializer = ReturnType<typeof compiler>;
        return (route: Parameters<typeof compiler>[0]) =>
          lazy(() => compiler(route) as unknown as Compiled) as unknown as Serializer;
      },
    },
    /** Compiles every function no request has needed yet, yielding to requests between them. */
    async compileRest(): Promise<number> {
      let compiled = 0;
      for (const force of [...pending]) {
        force();
        compiled++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      return compiled;
    },
  };
}
