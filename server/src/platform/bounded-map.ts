/**
 * A Map that forgets its oldest entry once it holds more than `max`: for caches of pure results (prepared
 * statements, signature checks, published item versions, seal keys) whose size must stay bounded.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.set(key, value);
    if (this.size > this.max) this.delete(this.keys().next().value!);
    return this;
  }
}
