// The part of autocannon 9's API the load scenarios and the soak use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface RequestData {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
    }
    interface Request extends RequestData {
      setupRequest?: (request: RequestData, context: Record<string, unknown>) => RequestData;
    }
    interface Client extends EventEmitter {
      setHeaders(headers: Record<string, string>): void;
    }
    interface Options extends RequestData {
      url: string | string[];
      connections?: number;
      duration?: number;
      /** Requests per second over all connections (per worker); no limit when unset. */
      overallRate?: number;
      requests?: Request[];
      setupClient?: (client: Client) => void;
    }
    /** An hdr-histogram-percentiles-obj summary. */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p0_001: number;
      p0_01: number;
      p0_1: number;
      p1: number;
      p2_5: number;
      p10: number;
      p25: number;
      p50: number;
      p75: number;
      p90: number;
      p97_5: number;
      p99: number;
      p99_9: number;
      p99_99: number;
      p99_999: number;
    }
    interface Result {
      /** Seconds. */
      duration: number;
      start: Date;
      finish: Date;
      connections: number;
      /** Response latency in ms. */
      latency: Histogram & { totalCount: number };
      /** Completed requests per second (one sample a second); `total` completed, `sent` sent. */
      requests: Histogram & { total: number; sent: number };
      /** Response bytes per second; `total` bytes. */
      throughput: Histogram & { total: number };
      non2xx: number;
      /** Connection errors, timeouts included. */
      errors: number;
      timeouts: number;
      mismatches: number;
      resets: number;
      statusCodeStats: Record<string, { count: number }>;
    }
    interface Instance extends EventEmitter {
      on(
        event: 'response',
        listener: (client: Client, statusCode: number, bytes: number, responseTime: number) => void,
      ): this;
    }
  }
  function autocannon(
    options: autocannon.Options,
    done: (error: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance;
  /** Without a callback the instance is also a promise of the result. */
  function autocannon(options: autocannon.Options): autocannon.Instance & PromiseLike<autocannon.Result>;
  export default autocannon;
}
