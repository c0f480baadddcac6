import { render, type RootPart } from 'lit/html.js';
import { adoptStyles, type CSSResult, type CSSResultGroup } from './css.js';
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';

/** A reactive property: its attribute (lower-cased name by default, `false` for none), conversion and reflection. */
export interface PropertyOptions {
  attribute?: string | boolean;
  type?: typeof Boolean | typeof Number;
  reflect?: boolean;
  /** Internal state: no attribute. */
  state?: boolean;
}

export type PropertyDeclarations = Record<string, PropertyOptions>;

type Properties = Map<string, PropertyOptions>;

// Each class's properties, its ancestors' included, and its styles, worked out once.
const classProperties = new WeakMap<typeof UpdatingElement, Properties>();
const classStyles = new WeakMap<typeof UpdatingElement, CSSResult[]>();

const attributeOf = (name: string, { attribute, state }: PropertyOptions) =>
  state || attribute === false ? undefined : typeof attribute === 'string' ? attribute : name.toLowerCase();

/**
 * The part of LitElement the elements use, in a third of its bytes (LitElement's generality — decorators, custom
 * converters, SSR and polyfill hooks — was ~1.5 kB gzip of every bundle): reactive properties from `static properties`
 * with attributes, Boolean/Number conversion and reflection; updates batched in a microtask and rendered with
 * lit-html; `updateComplete`; reactive controllers; and `static styles` adopted into an open shadow root.
 */
export abstract class UpdatingElement extends HTMLElement implements ReactiveControllerHost {
  static properties: PropertyDeclarations = {};
  static styles: CSSResultGroup = [];

  static get observedAttributes(): string[] {
    return [...this.finalize()].flatMap(([name, options]) => attributeOf(name, options) ?? []);
  }

  /** Defines the accessors of this class's own properties, once; returns every property the class has. */
  static finalize(): Properties {
    let properties = classProperties.get(this);
    if (properties) return properties;
    const parent = Object.getPrototypeOf(this) as typeof UpdatingElement;
    properties = new Map(parent.finalize ? parent.finalize() : []);
    if (Object.hasOwn(this, 'properties')) {
      for (const [name, options] of Object.entries(this.properties)) {
        properties.set(name, options);
        Object.defineProperty(this.prototype, name, {
          get(this: UpdatingElement) {
            return this.#values.get(name);
          },
          set(this: UpdatingElement, value: unknown) {
            const old = this.#values.get(name);
            this.#values.set(name, value);
            if (!Object.is(old, value)) this.requestUpdate(name, old);
          },
          configurable: true,
          enumerable: true,
        });
      }
    }
    classProperties.set(this, properties);
    return properties;
  }

  /** The shadow root the element renders into. */
  readonly renderRoot: ShadowRoot;
  hasUpdated = false;
  isUpdatePending = false;
  readonly #values = new Map<string, unknown>();
  readonly #controllers = new Set<ReactiveController>();
  #changed: PropertyValues = new Map();
  #updatePromise: Promise<boolean>;
  #enableUpdating!: (enabled: boolean) => void;
  #part: RootPart | undefined;
  #connected = false;
  readonly #earlyValues = new Map<string, unknown>();

  constructor() {
    super();
    const type = this.constructor as typeof UpdatingElement;
    const properties = type.finalize();
    let styles = classStyles.get(type);
    if (!styles) {
      // Each style once, where it last appears, as Lit does.
      styles = [...new Set(([type.styles] as unknown[]).flat(9).reverse())].reverse() as CSSResult[];
      classStyles.set(type, styles);
    }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptStyles(this.renderRoot, styles);
    // The first update waits until the element is in the page.
    this.#updatePromise = new Promise((resolve) => (this.#enableUpdating = resolve));
    // Properties set on the element before its class was defined hide the accessors: keep them for the first update,
    // where they win over the defaults the constructors set.
    for (const name of properties.keys()) {
      if (!Object.hasOwn(this, name)) continue;
      this.#earlyValues.set(name, Reflect.get(this, name));
      Reflect.deleteProperty(this, name);
    }
    this.requestUpdate();
  }

  /** Resolves once the element has rendered what was asked of it; `false` when another update is already waiting. */
  get updateComplete(): Promise<boolean> {
    return this.#updatePromise;
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.#connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#enableUpdating(true);
    this.#controllers.forEach((controller) => controller.hostConnected?.());
    this.#part?.setConnected(true);
  }

  disconnectedCallback(): void {
    this.#connected = false;
    this.#controllers.forEach((controller) => controller.hostDisconnected?.());
    this.#part?.setConnected(false);
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    for (const [name, options] of (this.constructor as typeof UpdatingElement).finalize()) {
      if (attributeOf(name, options) !== attribute) continue;
      (this as unknown as Record<string, unknown>)[name] =
        options.type === Boolean ? value !== null : options.type === Number && value !== null ? Number(value) : value;
    }
  }

  /** Asks for an update; `name` and `oldValue` record what changed, for `willUpdate` and `updated`. */
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, oldValue);
    if (this.isUpdatePending) return;
    this.isUpdatePending = true;
    this.#updatePromise = this.#enqueueUpdate();
  }

  async #enqueueUpdate(): Promise<boolean> {
    try {
      await this.#updatePromise;
    } catch (error) {
      // A failed update must not stop the next one; its error stays unhandled, where the page's tools see it.
      void Promise.reject(error);
    }
    const changed = this.#changed;
    try {
      this.#earlyValues.forEach((value, name) => Reflect.set(this, name, value));
      this.#earlyValues.clear();
      this.willUpdate(changed);
      this.#controllers.forEach((controller) => controller.hostUpdate?.());
      this.#reflect(changed);
      const template = this.render();
      this.#part = render(template, this.renderRoot, { host: this, isConnected: this.isConnected });
    } finally {
      this.#changed = new Map();
      this.isUpdatePending = false;
    }
    this.#controllers.forEach((controller) => controller.hostUpdated?.());
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    this.updated(changed);
    return !this.isUpdatePending;
  }

  #reflect(changed: PropertyValues): void {
    for (const [name, options] of (this.constructor as typeof UpdatingElement).finalize()) {
      const attribute = attributeOf(name, options);
      if (!options.reflect || !attribute || !changed.has(name)) continue;
      const value = this.#values.get(name);
      if (options.type === Boolean) this.toggleAttribute(attribute, Boolean(value));
      else if (value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    }
  }

  /** Before rendering: work out what the template needs from what changed. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** What the shadow root shows. */
  protected abstract render(): unknown;

  /** After the first render. */
  protected firstUpdated(_changed: PropertyValues): void {}

  /** After every render. */
  protected updated(_changed: PropertyValues): void {}
}

/**
 * After the host's next render: focuses the `index`th element of its shadow root that matches `selector`, if there is
 * one. How every element moves focus to what its update showed; call it after the change that asks for the render.
 */
export async function focusAfterUpdate(
  host: { readonly updateComplete: Promise<unknown>; readonly renderRoot: ParentNode },
  selector: string,
  index = 0,
): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelectorAll<HTMLElement>(selector)[index]?.focus();
}
