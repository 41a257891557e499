// A page of a list operation. The core alone decides where the next page starts
// (`nextOffset`, from the `Link` header or the `x-Offset/x-Limit/x-Total` counters).

/** Links the server sent with a page. */
export interface PageLinks {
  first?: string;
  prev?: string;
  next?: string;
  last?: string;
}

/** One page of a list. Iterating it with `for await` yields every item of every later page too. */
export class Page<T> implements AsyncIterable<T> {
  /** The items of this page. */
  readonly items: T[];
  /** `x-Total`: items available, when the server said. */
  readonly total: number | undefined;
  /** `x-Limit`: page size applied, when the server said. */
  readonly limit: number | undefined;
  /** `x-Offset`: offset of this page, when the server said. */
  readonly offset: number | undefined;
  /** Offset of the next page, or `undefined` on the last page. */
  readonly nextOffset: number | undefined;
  /** The parsed `Link` header. */
  readonly links: PageLinks;
  /** `x-request-id` of the response. */
  readonly requestId: string | undefined;
  readonly #fetchNext: ((offset: number) => Promise<Page<T>>) | undefined;

  /** @internal */
  constructor(
    items: T[],
    info: { total?: number; limit?: number; offset?: number; nextOffset?: number; links?: PageLinks; requestId?: string },
    fetchNext?: (offset: number) => Promise<Page<T>>,
  ) {
    this.items = items;
    this.total = info.total;
    this.limit = info.limit;
    this.offset = info.offset;
    this.nextOffset = info.nextOffset;
    this.links = info.links ?? {};
    this.requestId = info.requestId;
    this.#fetchNext = fetchNext;
  }

  /** True when a further page exists. */
  hasNextPage(): boolean {
    return this.nextOffset !== undefined && this.#fetchNext !== undefined;
  }

  /** Fetches the next page, or resolves to `null` on the last page. */
  async nextPage(): Promise<Page<T> | null> {
    if (this.nextOffset === undefined || this.#fetchNext === undefined) return null;
    return this.#fetchNext(this.nextOffset);
  }

  /** This page and every later one, fetched lazily. */
  async *iterPages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> | null = this;
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  /** Every item of this page and of every later page, fetched lazily. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.iterPages()) {
      yield* page.items;
    }
  }

  /** A plain view for logs and `JSON.stringify`. */
  toJSON(): object {
    return { items: this.items, total: this.total, limit: this.limit, offset: this.offset, nextOffset: this.nextOffset };
  }
}
