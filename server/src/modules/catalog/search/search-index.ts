// In-memory Chinese search over published catalogue items and bundles (一件事).
// Pure: built from plain documents and the synonym dictionary, rebuilt when the catalogue changes.

export interface SearchDoc {
  kind: 'item' | 'bundle';
  id: string;
  name: string;
  aliases: string[];
  /** Searchable text by weight class. */
  text: { guide: string; materials: string[]; topics: string[]; department: string };
  filters: {
    departmentId: string | null;
    regionCode: string | null;
    itemType: string | null;
    topics: string[];
    onlineDepth: number | null;
    zeroVisits: boolean;
  };
  popularity: number; // e.g. cases filed in the last year; ties broken by it
}

export interface Synonym {
  phrase: string;
  expansions: string[];
}

export interface SearchFilters {
  kind?: 'item' | 'bundle';
  departmentId?: string;
  /** The asker's region: docs of this region or of a region covering it (or with no region) match. */
  regionCode?: string;
  itemType?: string;
  topic?: string;
  /** Minimum 网上办理深度 (1–7); 8 (其他) matches only itself. */
  onlineDepth?: number;
  zeroVisits?: boolean;
}

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  /** Query terms found in the doc, longest first, for highlighting. */
  matched: string[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  didYouMean: string | null;
  expandedTerms: string[];
}

/** Splits text into consecutive segments (word-like or not); their concatenation is the text. */
export type Segmenter = (text: string) => string[];

export interface SearchIndexOptions {
  /** Defaults to Intl.Segmenter('zh'). The same segmenter is used for documents and queries. */
  segmenter?: Segmenter;
}

const icu = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export const intlSegmenter: Segmenter = (text) => {
  const out: string[] = [];
  for (const s of icu.segment(text)) out.push(s.segment);
  return out;
};

// ---- text analysis (shared by documents and queries) ----

/** Words of question phrasing that say nothing about the service wanted. Longest match wins. */
const FILLERS = [
  '要办什么手续',
  '需要什么手续',
  '需要什么材料',
  '需要哪些材料',
  '要什么材料',
  '需要办什么',
  '需要办哪些',
  '要办哪些',
  '要办什么',
  '怎么办理',
  '如何办理',
  '怎样办理',
  '在哪里办理',
  '去哪里办理',
  '到哪里办理',
  '哪里可以办理',
  '哪里办理',
  '在哪里办',
  '去哪里办',
  '去哪儿办',
  '哪里可以办',
  '什么手续',
  '哪些手续',
  '什么材料',
  '哪些材料',
  '怎么办',
  '怎么弄',
  '怎么样',
  '在哪里',
  '在哪儿',
  '去哪里',
  '哪里办',
  '能不能',
  '可不可以',
  '怎么',
  '怎样',
  '如何',
  '哪里',
  '哪儿',
  '哪些',
  '什么',
  '我想',
  '我要',
  '想要',
  '需要',
  '请问',
  '可以',
  '办理',
  '手续',
  '流程',
];

/** Tokens dropped after segmentation, on both sides (particles, pronouns, 办 itself). */
const STOP_TOKENS = new Set(
  '的 了 吗 呢 啊 吧 呀 么 我 你 他 要 想 去 办 个 在 给 把 和 与 及 或 请 能 会 该 得 就 也 都 还 又 一下 一个'.split(
    ' ',
  ),
);

const CLAUSE_BREAK = /[\s，。；：、！？,.;:!?()（）【】《》“”"'「」]+/u;
const NON_CJK = /[^\u3400-\u9fff\uf900-\ufaff]+/u;
const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/u;
const WORD_LIKE = /[\p{L}\p{N}]/u;

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function bigramsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/**
 * A unit is a segmenter word, or a run of consecutive single CJK characters (what the segmenter
 * could not group, e.g. ICU's 社/保/卡): runs are matched by their bigrams so 补领 still means 补领.
 * A lone character after a word is glued to that word's last character (身份/证 → 份证): on its own
 * it would match half the catalogue, and 身份证 should not match 身份证明.
 */
type Unit = { kind: 'word'; text: string } | { kind: 'run'; text: string };

const isSingleCjk = (t: string | null): t is string => t !== null && t.length === 1 && CJK.test(t);

function analyze(text: string, segment: Segmenter): Unit[] {
  const toks: Array<string | null> = []; // null: a break (punctuation, space, stop word)
  for (const tok of segment(text)) toks.push(!WORD_LIKE.test(tok) || STOP_TOKENS.has(tok) ? null : tok);
  const units: Unit[] = [];
  for (let i = 0; i < toks.length;) {
    const tok = toks[i];
    if (tok === null || tok === undefined) {
      i++;
      continue;
    }
    if (!isSingleCjk(tok)) {
      units.push({ kind: 'word', text: tok });
      i++;
      continue;
    }
    let run = '';
    let j = i;
    for (let t = toks[j]; isSingleCjk(t ?? null); t = toks[++j]) run += t;
    if (run.length === 1) {
      // Only to the left: trailing characters (证, 人, 儿, 户) belong to the word before them, while a
      // leading verb (刻/公章, 换/驾照) may come after its object in a name (公章刻制).
      const left = toks[i - 1] ?? null;
      if (left && CJK.test(left.slice(-1))) run = left.slice(-1) + run;
    }
    units.push({ kind: 'run', text: run });
    i = j;
  }
  return units;
}

// ---- weights ----

/** Per-field weights; a full name match of a query part scores 1 (NAME / NAME). */
const NAME = 100;
const ALIAS = 80;
const TOPIC = 30;
const DEPARTMENT = 20;
const MATERIAL = 20;
const GUIDE = 10;
/** Bundles are the one-stop answer to a life event: their name/alias matches outrank component items. */
const BUNDLE_BOOST = 1.2;
/** Bigrams inside a longer word, or anywhere in a name: partial-word matches (执照 in 营业执照). */
const BIGRAM_FACTOR = 0.6;
/**
 * Bigrams of a run of single characters stand in for the word the segmenter did not find, at full
 * weight: ICU splits the same word differently by context (企业/注销 but 企业/注/销/注/销/登记).
 */
const RUN_BIGRAM_FACTOR = 1;
const UNIGRAM_FACTOR = 0.2;
/**
 * An expansion counts as much as the literal words typed: the dictionary states what a colloquial
 * phrase means (注销公司 is 企业注销, not any name with 注销 and 公司 in it). Lower it to favour literals.
 */
const EXPANSION_FACTOR = 1;
/** A clause matched by several expansions (新生儿 and 出生) gets a little extra per extra one. */
const EXTRA_ALTERNATIVE = 0.2;

// ---- query model ----

interface QueryTerm {
  term: string;
  id: number; // -1 when unknown to the index
  coef: number;
}
interface Part {
  terms: QueryTerm[];
  norm: number;
}
interface Alternative {
  parts: Part[];
  factor: number;
}
interface Clause {
  alts: Alternative[];
}

/** Every clause must match in queries of up to 3 clauses; longer ones may miss about one in three. */
const minMatch = (n: number) => n - Math.floor((n - 1) / 3);

interface ClauseTerms {
  ids: Int32Array;
  factors: Float64Array;
}

interface FilterSpec {
  kind: number;
  dept: number;
  itemType: number;
  topic: number;
  depth: number;
  zero: number;
  regionKind: number;
  region: number;
}

interface TrieHit {
  length: number;
  expansions: string[] | null; // null for a filler
}

// ---- the index ----

export class SearchIndex {
  private readonly docs: SearchDoc[];
  private readonly segment: Segmenter;
  private readonly termIds = new Map<string, number>();
  private readonly df: Int32Array;
  /** CSR postings: for term t, docs postDocs[postStart[t] .. postStart[t+1]) (ascending) with weights. */
  private readonly postStart: Int32Array;
  private readonly postDocs: Int32Array;
  private readonly postWeights: Uint8Array;
  /** Doc indexes by popularity (desc), for filter-only listing; popRank is the inverse. */
  private readonly byPopularity: Int32Array;
  private readonly popRank: Int32Array;
  // Filter columns; string values are interned to small integers (-1: none).
  private readonly regionKind: Uint8Array; // 0 none, 1 province, 2 city, 3 county/other
  private readonly regionNum: Int32Array;
  private readonly colKind: Uint8Array;
  private readonly colDept: Int32Array;
  private readonly colItemType: Int32Array;
  private readonly colDepth: Int8Array;
  private readonly colZero: Uint8Array;
  private readonly topicStart: Int32Array;
  private readonly topicList: Int32Array;
  private readonly deptIds = new Map<string, number>();
  private readonly itemTypeIds = new Map<string, number>();
  private readonly topicIds = new Map<string, number>();

  private readonly phrases = new Map<string, TrieHit>();
  private readonly maxPhraseLength: number;

  /** Labels for suggest (doc names/aliases) and didYouMean (also synonym phrases). */
  private readonly labels: string[] = [];
  private readonly labelKey: string[] = [];
  private readonly labelPopularity: number[] = [];
  private readonly labelIsDoc: boolean[] = [];
  private readonly sortedDocLabels: Int32Array;
  private readonly labelGramStart: Int32Array;
  private readonly labelGramIds: Int32Array;
  private readonly labelGrams = new Map<string, number>();

  // Scratch arrays reused by every query (the index is used from one thread).
  private gen = 0;
  private readonly stamp: Int32Array[];
  private readonly touched: Int32Array[];
  private readonly partScore: Float64Array;
  private readonly altSum: Float64Array;
  private readonly altCount: Uint16Array;
  private readonly clauseMax: Float64Array;
  private readonly clauseSum: Float64Array;
  private readonly docScore: Float64Array;
  private readonly docMatched: Uint16Array;

  constructor(docs: SearchDoc[], synonyms: Synonym[], options: SearchIndexOptions = {}) {
    this.docs = docs;
    this.segment = options.segmenter ?? intlSegmenter;
    const n = docs.length;

    // Colloquial phrases and fillers share one longest-match table; a synonym wins a tie.
    for (const f of FILLERS) this.phrases.set(normalizeText(f), { length: f.length, expansions: null });
    for (const s of synonyms) {
      const phrase = normalizeText(s.phrase).trim();
      if (!phrase) continue;
      const expansions = s.expansions.map((e) => normalizeText(e).trim()).filter((e) => e && e !== phrase);
      const prev = this.phrases.get(phrase);
      const merged = prev?.expansions ? [...new Set([...prev.expansions, ...expansions])] : expansions;
      this.phrases.set(phrase, { length: phrase.length, expansions: merged });
    }
    this.maxPhraseLength = Math.max(0, ...[...this.phrases.keys()].map((p) => p.length));

    // Pass 1: per-doc term weights (max over fields), flattened.
    // Catalogues repeat names and boilerplate clauses across regions, so each clause is segmented once
    // and cached as (term id, weight factor) pairs. Punctuation is always a segment boundary, so
    // splitting there changes no result.
    const cache = new Map<string, ClauseTerms>();
    const termId = (term: string): number => {
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(term, id);
      }
      return id;
    };
    const clauseTerms = (clause: string, allGrams: boolean): ClauseTerms => {
      const key = allGrams ? `\u0001${clause}` : clause;
      const hit = cache.get(key);
      if (hit) return hit;
      const factors = new Map<number, number>();
      const add = (term: string, factor: number) => {
        const id = termId(term);
        if ((factors.get(id) ?? 0) < factor) factors.set(id, factor);
      };
      for (const u of analyze(clause, this.segment)) {
        if (u.kind === 'word') {
          add(u.text, 1);
          if (u.text.length >= 3 && CJK.test(u.text))
            for (const g of bigramsOf(u.text)) add(g, BIGRAM_FACTOR);
        } else {
          for (const g of bigramsOf(u.text)) add(g, RUN_BIGRAM_FACTOR);
          for (const c of u.text) add(c, UNIGRAM_FACTOR);
        }
      }
      if (allGrams) {
        // Names and aliases: every bigram and character, so partial words match whatever the segmenter did.
        for (const piece of clause.split(NON_CJK)) {
          for (const g of bigramsOf(piece)) add(g, BIGRAM_FACTOR);
          for (const c of piece) add(c, UNIGRAM_FACTOR);
        }
      }
      const out: ClauseTerms = {
        ids: Int32Array.from(factors.keys()),
        factors: Float64Array.from(factors.values()),
      };
      if (clause.length <= 40 && cache.size < 1_000_000) cache.set(key, out);
      return out;
    };
    let flatTerms = new Int32Array(Math.max(1024, n * 64));
    let flatWeights = new Uint8Array(flatTerms.length);
    const docEnd = new Int32Array(n);
    let flatLen = 0;
    // The doc's best weight per term id (dense, grown as terms appear) and the ids it touched.
    let localW = new Uint8Array(4096);
    const localIds: number[] = [];
    const addText = (raw: string, weight: number, allGrams: boolean) => {
      for (const clause of normalizeText(raw).split(CLAUSE_BREAK)) {
        if (!clause) continue;
        const { ids, factors } = clauseTerms(clause, allGrams);
        if (this.termIds.size > localW.length) {
          const grown = new Uint8Array(this.termIds.size * 2);
          grown.set(localW);
          localW = grown;
        }
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          const w = Math.min(255, Math.round(weight * factors[i]!));
          const prev = localW[id]!;
          if (prev === 0) localIds.push(id);
          if (prev < w) localW[id] = w;
        }
      }
    };
    for (let d = 0; d < n; d++) {
      const doc = docs[d]!;
      const boost = doc.kind === 'bundle' ? BUNDLE_BOOST : 1;
      addText(doc.text.guide, GUIDE, false);
      for (const m of doc.text.materials) addText(m, MATERIAL, false);
      addText(doc.text.department, DEPARTMENT, false);
      for (const t of doc.text.topics) addText(t, TOPIC, false);
      for (const a of doc.aliases) addText(a, ALIAS * boost, true);
      addText(doc.name, NAME * boost, true);
      if (flatLen + localIds.length > flatTerms.length) {
        const size = Math.max(flatTerms.length * 2, flatLen + localIds.length);
        const t = new Int32Array(size);
        t.set(flatTerms);
        flatTerms = t;
        const w = new Uint8Array(size);
        w.set(flatWeights);
        flatWeights = w;
      }
      for (const id of localIds) {
        flatTerms[flatLen] = id;
        flatWeights[flatLen++] = localW[id]!;
        localW[id] = 0;
      }
      localIds.length = 0;
      docEnd[d] = flatLen;
    }
    cache.clear();

    // Pass 2: invert into CSR postings, docs ascending within each term.
    const termCount = this.termIds.size;
    this.df = new Int32Array(termCount);
    for (let i = 0; i < flatLen; i++) this.df[flatTerms[i]!]!++;
    this.postStart = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) this.postStart[t + 1] = this.postStart[t]! + this.df[t]!;
    this.postDocs = new Int32Array(flatLen);
    this.postWeights = new Uint8Array(flatLen);
    const fill = this.postStart.slice(0, termCount);
    for (let d = 0, i = 0; d < n; d++) {
      for (const end = docEnd[d]!; i < end; i++) {
        const t = flatTerms[i]!;
        const at = fill[t]!++;
        this.postDocs[at] = d;
        this.postWeights[at] = flatWeights[i]!;
      }
    }

    // Popularity order (ties: name, then id, so listings are stable).
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
      const da = docs[a]!;
      const db = docs[b]!;
      return db.popularity - da.popularity || cmp(da.name, db.name) || cmp(da.id, db.id);
    });
    this.byPopularity = Int32Array.from(order);
    this.popRank = new Int32Array(n);
    for (let r = 0; r < n; r++) this.popRank[order[r]!] = r;

    this.regionKind = new Uint8Array(n);
    this.regionNum = new Int32Array(n);
    this.colKind = new Uint8Array(n);
    this.colDept = new Int32Array(n);
    this.colItemType = new Int32Array(n);
    this.colDepth = new Int8Array(n);
    this.colZero = new Uint8Array(n);
    this.topicStart = new Int32Array(n + 1);
    const topicList: number[] = [];
    const intern = (map: Map<string, number>, v: string | null) => {
      if (v === null) return -1;
      let id = map.get(v);
      if (id === undefined) map.set(v, (id = map.size));
      return id;
    };
    for (let d = 0; d < n; d++) {
      const { filters, kind } = docs[d]!;
      const parsed = parseRegion(filters.regionCode);
      this.regionKind[d] = parsed.kind;
      this.regionNum[d] = parsed.num;
      this.colKind[d] = kind === 'bundle' ? 1 : 0;
      this.colDept[d] = intern(this.deptIds, filters.departmentId);
      this.colItemType[d] = intern(this.itemTypeIds, filters.itemType);
      this.colDepth[d] = filters.onlineDepth ?? -1;
      this.colZero[d] = filters.zeroVisits ? 1 : 0;
      for (const t of filters.topics) topicList.push(intern(this.topicIds, t));
      this.topicStart[d + 1] = topicList.length;
    }
    this.topicList = Int32Array.from(topicList);

    // Labels: unique by normalized text; the most popular doc carrying it gives its popularity.
    const labelIndex = new Map<string, number>();
    const addLabel = (raw: string, popularity: number, isDoc: boolean) => {
      const key = normalizeText(raw).replace(/\s+/gu, '');
      if (key.length < 2) return;
      const at = labelIndex.get(key);
      if (at === undefined) {
        labelIndex.set(key, this.labels.length);
        this.labels.push(raw.trim());
        this.labelKey.push(key);
        this.labelPopularity.push(popularity);
        this.labelIsDoc.push(isDoc);
      } else {
        if (popularity > this.labelPopularity[at]!) this.labelPopularity[at] = popularity;
        if (isDoc && !this.labelIsDoc[at]) {
          this.labelIsDoc[at] = true;
          this.labels[at] = raw.trim();
        }
      }
    };
    for (const d of order) {
      const doc = docs[d]!;
      addLabel(doc.name, doc.popularity, true);
      for (const a of doc.aliases) addLabel(a, doc.popularity, true);
    }
    for (const s of synonyms) addLabel(s.phrase, -1, false);
    const docLabels: number[] = [];
    for (let i = 0; i < this.labels.length; i++) if (this.labelIsDoc[i]) docLabels.push(i);
    docLabels.sort((a, b) => cmp(this.labelKey[a]!, this.labelKey[b]!));
    this.sortedDocLabels = Int32Array.from(docLabels);
    // Padded bigrams (^x, xy, y$) per label, inverted, for fuzzy lookups and infix suggestions.
    const gramLists: number[][] = [];
    const labelGramsOf = this.labelKey.map((k) => new Set(paddedBigrams(k)));
    labelGramsOf.forEach((grams, label) => {
      for (const g of grams) {
        let gid = this.labelGrams.get(g);
        if (gid === undefined) {
          gid = gramLists.length;
          this.labelGrams.set(g, gid);
          gramLists.push([]);
        }
        gramLists[gid]!.push(label);
      }
    });
    this.labelGramStart = new Int32Array(gramLists.length + 1);
    gramLists.forEach((l, g) => (this.labelGramStart[g + 1] = this.labelGramStart[g]! + l.length));
    this.labelGramIds = new Int32Array(this.labelGramStart[gramLists.length]!);
    gramLists.forEach((l, g) => this.labelGramIds.set(l, this.labelGramStart[g]!));

    const size = Math.max(n, this.labels.length);
    this.stamp = [0, 1, 2, 3].map(() => new Int32Array(size));
    this.touched = [0, 1, 2, 3].map(() => new Int32Array(size));
    this.partScore = new Float64Array(n);
    this.altSum = new Float64Array(n);
    this.altCount = new Uint16Array(n);
    this.clauseMax = new Float64Array(n);
    this.clauseSum = new Float64Array(n);
    this.docScore = new Float64Array(size);
    this.docMatched = new Uint16Array(n);
  }

  get size(): number {
    return this.docs.length;
  }

  search(
    query: string,
    options: { filters?: SearchFilters; limit?: number; offset?: number } = {},
  ): SearchResult {
    const filters = options.filters ?? {};
    const limit = Math.max(0, Math.floor(options.limit ?? 20));
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const accept = this.filterFn(filters);
    const text = normalizeText(query).trim();
    if (this.gen > 2 ** 30) {
      // Stamps are Int32: start the generations again before they could wrap.
      for (const stamp of this.stamp) stamp.fill(0);
      this.gen = 0;
    }

    if (!text)
      return { ...this.listByPopularity(accept, offset, limit), didYouMean: null, expandedTerms: [] };

    const { clauses, expandedTerms, core } = this.parseQuery(text);
    if (clauses.length === 0) return { total: 0, hits: [], didYouMean: null, expandedTerms };

    const candidates = this.evaluate(clauses);
    if (candidates.length === 0)
      return { total: 0, hits: [], didYouMean: this.closestLabel(core), expandedTerms };

    const score = this.docScore;
    const rank = this.popRank;
    // Better first: higher score, then more popular (lower rank).
    const better = (a: number, b: number) =>
      score[a]! > score[b]! || (score[a] === score[b] && rank[a]! < rank[b]!);
    const k = offset + limit;
    const heap: number[] = []; // worst at the top
    let total = 0;
    for (let j = 0; j < candidates.length; j++) {
      const d = candidates[j]!;
      if (!accept(d)) continue;
      total++;
      if (k === 0) continue;
      if (heap.length < k) heapPush(heap, d, better);
      else if (better(d, heap[0]!)) heapReplaceTop(heap, d, better);
    }
    heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    const queryTerms = uniqueTerms(clauses);
    const hits = heap.slice(offset).map((d) => ({
      doc: this.docs[d]!,
      score: score[d]!,
      matched: this.matchedTerms(d, queryTerms),
    }));
    return { total, hits, didYouMean: null, expandedTerms };
  }

  suggest(prefix: string, limit = 10): string[] {
    const p = normalizeText(prefix).replace(/\s+/gu, '');
    if (!p || limit <= 0) return [];
    const keys = this.labelKey;
    const sorted = this.sortedDocLabels;
    // Prefix matches: a binary-searched range of the sorted labels, most popular first.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[sorted[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    const pick = (ids: number[], k: number) => {
      const byPop = (a: number, b: number) =>
        this.labelPopularity[a]! > this.labelPopularity[b]! ||
        (this.labelPopularity[a] === this.labelPopularity[b] && keys[a]! < keys[b]!);
      const heap: number[] = [];
      for (const id of ids) {
        if (heap.length < k) heapPush(heap, id, byPop);
        else if (byPop(id, heap[0]!)) heapReplaceTop(heap, id, byPop);
      }
      return heap.sort((a, b) => (byPop(a, b) ? -1 : 1));
    };
    const prefixed: number[] = [];
    for (let i = lo; i < sorted.length && keys[sorted[i]!]!.startsWith(p); i++) prefixed.push(sorted[i]!);
    const out = pick(prefixed, limit);
    if (out.length < limit && p.length >= 2) {
      // Then labels containing the text elsewhere (社保 → 补办社保卡), found through their bigrams.
      const gid = this.labelGrams.get(p.slice(0, 2));
      if (gid !== undefined) {
        const seen = new Set(out);
        const infix: number[] = [];
        for (let i = this.labelGramStart[gid]!; i < this.labelGramStart[gid + 1]!; i++) {
          const id = this.labelGramIds[i]!;
          if (this.labelIsDoc[id] && !seen.has(id) && keys[id]!.includes(p)) infix.push(id);
        }
        out.push(...pick(infix, limit - out.length));
      }
    }
    return out.map((id) => this.labels[id]!);
  }

  // ---- query parsing ----

  private parseQuery(text: string): { clauses: Clause[]; expandedTerms: string[]; core: string } {
    const clauses: Clause[] = [];
    const expanded: string[] = [];
    let core = '';
    let residual = '';
    const flushResidual = () => {
      for (const part of this.partsOf(residual)) clauses.push({ alts: [{ parts: [part], factor: 1 }] });
      residual = '';
    };
    for (let i = 0; i < text.length;) {
      let hit: TrieHit | undefined;
      for (let len = Math.min(this.maxPhraseLength, text.length - i); len >= 2; len--) {
        hit = this.phrases.get(text.slice(i, i + len));
        if (hit) break;
      }
      if (!hit) {
        residual += text[i];
        core += text[i];
        i++;
        continue;
      }
      const phrase = text.slice(i, i + hit.length);
      i += hit.length;
      if (!hit.expansions) {
        residual += ' '; // a filler also separates words
        continue;
      }
      flushResidual();
      core += phrase;
      const alts: Alternative[] = [];
      const literal = this.partsOf(phrase);
      if (literal.length) alts.push({ parts: literal, factor: 1 });
      for (const e of hit.expansions) {
        if (text.includes(e)) continue; // already typed: its words are clauses of their own
        if (!expanded.includes(e)) expanded.push(e);
        const parts = this.partsOf(e);
        if (parts.length) alts.push({ parts, factor: EXPANSION_FACTOR });
      }
      if (alts.length) clauses.push({ alts });
    }
    flushResidual();
    if (clauses.length === 0 && expanded.length === 0) {
      // Only question words (怎么办): search them as typed rather than nothing.
      for (const part of this.partsOf(text)) clauses.push({ alts: [{ parts: [part], factor: 1 }] });
      core = text;
    }
    return { clauses, expandedTerms: expanded, core: core.replace(/\s+/gu, '') };
  }

  private partsOf(text: string): Part[] {
    const parts: Part[] = [];
    for (const u of analyze(text, this.segment)) {
      const terms: QueryTerm[] = [];
      const push = (term: string, coef: number) => {
        if (terms.some((t) => t.term === term)) return;
        terms.push({ term, id: this.termIds.get(term) ?? -1, coef });
      };
      if (u.kind === 'word') {
        // The word, and its bigrams at half weight so 营业执照 still matches a doc's 营业 … 执照.
        push(u.text, 1);
        if (u.text.length >= 3 && CJK.test(u.text)) for (const g of bigramsOf(u.text)) push(g, 0.5);
      } else if (u.text.length === 1) {
        push(u.text, 1);
      } else {
        // Bigrams only: a run's characters alone are too common to be worth their postings.
        for (const g of bigramsOf(u.text)) push(g, 1);
      }
      let norm = 0;
      for (const t of terms) norm += t.coef * NAME * this.idf(t.id);
      parts.push({ terms, norm });
    }
    return parts;
  }

  /** Postings a part walks: what ordering the parts of an alternative minimises. */
  private cost(part: Part): number {
    let n = 0;
    for (const t of part.terms) if (t.id >= 0) n += this.postStart[t.id + 1]! - this.postStart[t.id]!;
    return n;
  }

  private idf(id: number): number {
    const n = this.docs.length;
    const df = id >= 0 ? this.df[id]! : 0;
    return Math.log(1 + n / (df + 1));
  }

  // ---- scoring: parts → alternatives → clauses → docs, accumulating over postings only ----

  /** The docs matching enough clauses, as a view on scratch memory valid until the next query. */
  private evaluate(clauses: Clause[]): Int32Array {
    const [partStamp, altStamp, clauseStamp, docStamp] = this.stamp as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
    const [partT, altT, clauseT, docT] = this.touched as [Int32Array, Int32Array, Int32Array, Int32Array];
    const { partScore, altSum, altCount, clauseMax, clauseSum, docScore, docMatched } = this;
    const { postStart, postDocs, postWeights } = this;
    const queryGen = ++this.gen;
    let nDoc = 0;
    for (const clause of clauses) {
      const clauseGen = ++this.gen;
      const only = clause.alts.length === 1 && clause.alts[0]!.parts.length === 1 ? clause.alts[0]! : null;
      if (only) {
        // Fast path for a plain word (most clauses): its terms add straight into the doc scores.
        const part = only.parts[0]!;
        for (const qt of part.terms) {
          if (qt.id < 0) continue;
          const c = (only.factor * qt.coef * this.idf(qt.id)) / part.norm;
          const end = postStart[qt.id + 1]!;
          for (let i = postStart[qt.id]!; i < end; i++) {
            const d = postDocs[i]!;
            if (docStamp[d] !== queryGen) {
              docStamp[d] = queryGen;
              docScore[d] = 0;
              docMatched[d] = 0;
              docT[nDoc++] = d;
            }
            if (clauseStamp[d] !== clauseGen) {
              clauseStamp[d] = clauseGen;
              docMatched[d] = docMatched[d]! + 1;
            }
            docScore[d] = docScore[d]! + c * postWeights[i]!;
          }
        }
        continue;
      }
      let nClause = 0;
      for (const alt of clause.alts) {
        const altGen = ++this.gen;
        let nAlt = 0;
        // Every part of an alternative is required: after the rarest, only its docs can complete it.
        const parts =
          alt.parts.length > 1 ? [...alt.parts].sort((x, y) => this.cost(x) - this.cost(y)) : alt.parts;
        let first = true;
        for (const part of parts) {
          const partGen = ++this.gen;
          let nPart = 0;
          for (const qt of part.terms) {
            if (qt.id < 0) continue;
            const c = (qt.coef * this.idf(qt.id)) / part.norm;
            const end = postStart[qt.id + 1]!;
            for (let i = postStart[qt.id]!; i < end; i++) {
              const d = postDocs[i]!;
              if (!first && altStamp[d] !== altGen) continue;
              if (partStamp[d] !== partGen) {
                partStamp[d] = partGen;
                partScore[d] = 0;
                partT[nPart++] = d;
              }
              partScore[d] = partScore[d]! + c * postWeights[i]!;
            }
          }
          for (let j = 0; j < nPart; j++) {
            const d = partT[j]!;
            if (altStamp[d] !== altGen) {
              altStamp[d] = altGen;
              altSum[d] = 0;
              altCount[d] = 0;
              altT[nAlt++] = d;
            }
            altSum[d] = altSum[d]! + partScore[d]!;
            altCount[d] = altCount[d]! + 1;
          }
          first = false;
        }
        const nParts = alt.parts.length;
        for (let j = 0; j < nAlt; j++) {
          const d = altT[j]!;
          if (altCount[d] !== nParts) continue; // every word of an alternative must be there
          const s = (altSum[d]! / nParts) * alt.factor;
          if (clauseStamp[d] !== clauseGen) {
            clauseStamp[d] = clauseGen;
            clauseMax[d] = 0;
            clauseSum[d] = 0;
            clauseT[nClause++] = d;
          }
          if (s > clauseMax[d]!) clauseMax[d] = s;
          clauseSum[d] = clauseSum[d]! + s;
        }
      }
      for (let j = 0; j < nClause; j++) {
        const d = clauseT[j]!;
        const s = clauseMax[d]! + EXTRA_ALTERNATIVE * (clauseSum[d]! - clauseMax[d]!);
        if (docStamp[d] !== queryGen) {
          docStamp[d] = queryGen;
          docScore[d] = 0;
          docMatched[d] = 0;
          docT[nDoc++] = d;
        }
        docScore[d] = docScore[d]! + s;
        docMatched[d] = docMatched[d]! + 1;
      }
    }
    // Compacted in place (k ≤ j): pushing tens of thousands of candidates to an array costs more than scoring.
    const need = minMatch(clauses.length);
    let k = 0;
    for (let j = 0; j < nDoc; j++) {
      const d = docT[j]!;
      if (docMatched[d]! < need) continue;
      // Rounded so that near-equal scores tie and popularity decides.
      docScore[d] = Math.round(docScore[d]! * 1e4) / 1e4;
      docT[k++] = d;
    }
    return docT.subarray(0, k);
  }

  private matchedTerms(d: number, terms: Array<{ term: string; id: number }>): string[] {
    const found: string[] = [];
    for (const { term, id } of terms) {
      if (id < 0) continue;
      let lo = this.postStart[id]!;
      let hi = this.postStart[id + 1]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.postDocs[mid]! < d) lo = mid + 1;
        else hi = mid;
      }
      if (lo < this.postStart[id + 1]! && this.postDocs[lo] === d) found.push(term);
    }
    found.sort((a, b) => b.length - a.length);
    return found.filter((t, i) => !found.slice(0, i).some((longer) => longer.includes(t)));
  }

  // ---- filters ----

  private filterFn(f: SearchFilters): (d: number) => boolean {
    const intern = (map: Map<string, number>, v: string | undefined) =>
      v === undefined || v === '' ? -1 : (map.get(v) ?? -2);
    const spec: FilterSpec = {
      kind: f.kind === undefined ? -1 : f.kind === 'bundle' ? 1 : 0,
      dept: intern(this.deptIds, f.departmentId),
      itemType: intern(this.itemTypeIds, f.itemType),
      topic: intern(this.topicIds, f.topic),
      depth: f.onlineDepth ?? -1,
      zero: f.zeroVisits === undefined ? -1 : f.zeroVisits ? 1 : 0,
      regionKind: 0,
      region: 0,
    };
    if (f.regionCode) {
      const asked = parseRegion(f.regionCode);
      spec.regionKind = asked.kind;
      spec.region = asked.num;
    }
    if (spec.dept === -2 || spec.itemType === -2 || spec.topic === -2) return () => false; // unknown value
    const active =
      spec.kind >= 0 ||
      spec.dept >= 0 ||
      spec.itemType >= 0 ||
      spec.topic >= 0 ||
      spec.depth >= 0 ||
      spec.zero >= 0;
    if (!active && spec.regionKind === 0) return () => true;
    return (d) => this.passes(d, spec);
  }

  // One monomorphic check over typed columns: filter-only listings call it for every doc.
  private passes(d: number, s: FilterSpec): boolean {
    if (s.kind >= 0 && this.colKind[d] !== s.kind) return false;
    if (s.dept >= 0 && this.colDept[d] !== s.dept) return false;
    if (s.itemType >= 0 && this.colItemType[d] !== s.itemType) return false;
    if (s.zero >= 0 && this.colZero[d] !== s.zero) return false;
    if (s.depth >= 0) {
      const depth = this.colDepth[d]!;
      if (depth < 0) return false;
      if (s.depth === 8 ? depth !== 8 : depth === 8 || depth < s.depth) return false;
    }
    if (s.topic >= 0) {
      let found = false;
      for (let i = this.topicStart[d]!, end = this.topicStart[d + 1]!; i < end; i++)
        if (this.topicList[i] === s.topic) {
          found = true;
          break;
        }
      if (!found) return false;
    }
    if (s.regionKind > 0) {
      // The doc's region must cover the asked one: province → same 2 digits, city → same 4, county → equal.
      const kind = this.regionKind[d]!;
      const code = this.regionNum[d]!;
      if (kind === 1 && Math.floor(code / 10000) !== Math.floor(s.region / 10000)) return false;
      if (kind === 2 && Math.floor(code / 100) !== Math.floor(s.region / 100)) return false;
      if (kind === 3 && code !== s.region) return false;
    }
    return true;
  }

  private listByPopularity(accept: (d: number) => boolean, offset: number, limit: number) {
    const hits: SearchHit[] = [];
    let total = 0;
    for (const d of this.byPopularity) {
      if (!accept(d)) continue;
      if (total >= offset && hits.length < limit) hits.push({ doc: this.docs[d]!, score: 0, matched: [] });
      total++;
    }
    return { total, hits };
  }

  // ---- did you mean ----

  /** The known name/alias/synonym phrase closest to the text: shared bigrams, then edit distance. */
  private closestLabel(text: string): string | null {
    if (text.length < 2) return null;
    const grams = [...new Set(paddedBigrams(text))];
    const shared = this.docScore; // reused as a counter over labels
    const stamp = this.stamp[0]!;
    const seen = this.touched[0]!;
    const g = ++this.gen;
    let nSeen = 0;
    for (const gram of grams) {
      const gid = this.labelGrams.get(gram);
      if (gid === undefined) continue;
      for (let i = this.labelGramStart[gid]!; i < this.labelGramStart[gid + 1]!; i++) {
        const id = this.labelGramIds[i]!;
        if (stamp[id] !== g) {
          stamp[id] = g;
          shared[id] = 0;
          seen[nSeen++] = id;
        }
        shared[id] = shared[id]! + 1;
      }
    }
    const dice = (id: number) => (2 * shared[id]!) / (grams.length + this.labelKey[id]!.length + 1);
    const top: number[] = [];
    const byDice = (a: number, b: number) => dice(a) > dice(b);
    for (let j = 0; j < nSeen; j++) {
      const id = seen[j]!;
      if (this.labelKey[id] === text) continue; // the query itself (a known phrase that found nothing)
      if (top.length < 20) heapPush(top, id, byDice);
      else if (byDice(id, top[0]!)) heapReplaceTop(top, id, byDice);
    }
    let best: number | null = null;
    let bestSim = 0;
    for (const id of top) {
      const key = this.labelKey[id]!;
      const sim = 0.5 * dice(id) + 0.5 * (1 - levenshtein(text, key) / Math.max(text.length, key.length));
      if (
        best === null ||
        sim > bestSim ||
        (sim === bestSim && this.labelPopularity[id]! > this.labelPopularity[best]!)
      ) {
        best = id;
        bestSim = sim;
      }
    }
    return best !== null && bestSim >= 0.4 ? this.labels[best]! : null;
  }
}

// ---- helpers ----

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function paddedBigrams(s: string): string[] {
  return bigramsOf(`^${s}$`);
}

function uniqueTerms(clauses: Clause[]): Array<{ term: string; id: number }> {
  const seen = new Map<string, number>();
  for (const c of clauses)
    for (const a of c.alts) for (const p of a.parts) for (const t of p.terms) seen.set(t.term, t.id);
  return [...seen].map(([term, id]) => ({ term, id }));
}

/** GB/T 2260 six-digit codes: xx0000 a province, xxxx00 a city, anything else a county. */
function parseRegion(code: string | null): { kind: number; num: number } {
  if (!code) return { kind: 0, num: 0 };
  const num = Number.parseInt(code.slice(0, 6).padEnd(6, '0'), 10);
  if (!Number.isFinite(num)) return { kind: 0, num: 0 };
  if (num % 10000 === 0) return { kind: 1, num };
  if (num % 100 === 0) return { kind: 2, num };
  return { kind: 3, num };
}

function levenshtein(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

// A binary heap whose top is the *worst* element under `better`, to keep the best k.
function heapPush(heap: number[], x: number, better: (a: number, b: number) => boolean): void {
  heap.push(x);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!better(heap[parent]!, heap[i]!)) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function heapReplaceTop(heap: number[], x: number, better: (a: number, b: number) => boolean): void {
  heap[0] = x;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let worst = i;
    if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
    if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
    if (worst === i) break;
    [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
    i = worst;
  }
}
