/**
 * Measuring in the page for the host-page tests: focus through shadow roots, what is shown, colours and contrast,
 * target sizes. Installed once per browser context, so every page.evaluate() can use them.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ElementTag } from './host-helpers.js';

type Rgba = [number, number, number, number];
type Probes = ReturnType<typeof makeProbes>;

declare global {
  interface Window {
    tryggProbes: Probes;
  }
}

/**
 * Measuring tools installed in every page of the test context (as `window.tryggProbes`) before its own scripts:
 * page.evaluate() calls share them. Self-contained, because the function travels to the page as text.
 */
function makeProbes() {
  const parentAcrossShadow = (element: Element): Element | null => {
    const root = element.getRootNode();
    return element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  };

  const parseColor = (value: string): Rgba => {
    const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
    if (!match) throw new Error(`unexpected computed colour ${value}`);
    const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };

  const blend = (top: Rgba, bottom: Rgba): Rgba => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    const channel = (index: number) => (top[index]! * top[3] + bottom[index]! * bottom[3] * (1 - top[3])) / (alpha || 1);
    return [channel(0), channel(1), channel(2), alpha];
  };

  const luminance = ([r, g, b]: Rgba) => {
    const linear = (channel: number) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };

  const contrast = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };

  /** The opaque colour behind an element: its own and its ancestors' backgrounds over the canvas; null under an image. */
  const backgroundOf = (element: Element): Rgba | null => {
    const layers: Rgba[] = [];
    for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none') return null;
      const colour = parseColor(style.backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    const dark = getComputedStyle(document.documentElement).colorScheme.includes('dark');
    let result: Rgba = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = blend(layer, result);
    return result;
  };

  const probes = {
    parseColor,
    contrast,
    backgroundOf,
    parentAcrossShadow,

    /** The element with the keyboard focus, looking through shadow roots. */
    focused(): Element | null {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    },

    /** Every element inside the host's shadow root (and shadow roots within it), in document order. */
    shadowElements(host: Element): Element[] {
      const found: Element[] = [];
      const visit = (root: ParentNode) => {
        for (const element of Array.from(root.querySelectorAll('*'))) {
          found.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      if (host.shadowRoot) visit(host.shadowRoot);
      return found;
    },

    /** Whether a person can see the element: a box of its own, not hidden, not clipped away (visually hidden, honeypot). */
    isShown(element: Element): boolean {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
        const box = node.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false;
        if (node.getAttribute('aria-hidden') === 'true') return false;
      }
      return true;
    },

    /** A short, readable name of an element for failure messages. */
    describe(element: Element): string {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const part = element.getAttribute('part');
      return `<${element.localName}${element.id ? `#${element.id}` : ''}${part ? ` part="${part}"` : ''}> "${text}"`;
    },

    /** Text (and form controls) in the element's shadow root whose contrast with what is behind it is below `minimum`. */
    lowContrastText(host: Element, minimum: number): string[] {
      const problems: string[] = [];
      const controls = new Set(['input', 'select', 'textarea', 'button']);
      for (const element of probes.shadowElements(host)) {
        const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        const control = controls.has(element.localName) && (element as HTMLInputElement).type !== 'checkbox' && (element as HTMLInputElement).type !== 'radio';
        if ((!ownText && !control) || !probes.isShown(element)) continue;
        const background = backgroundOf(element);
        if (!background) {
          problems.push(`${probes.describe(element)}: text over an image, contrast unknown`);
          continue;
        }
        const text = blend(parseColor(getComputedStyle(element).color), background);
        const ratio = contrast(text, background);
        if (ratio < minimum) {
          problems.push(`${probes.describe(element)}: ${ratio.toFixed(2)}:1 (text ${text.map(Math.round).slice(0, 3).join(',')} on ${background.map(Math.round).slice(0, 3).join(',')})`);
        }
      }
      return problems;
    },

    /**
     * Pointer targets smaller than `minimum` CSS pixels in either direction: buttons, fields, choices (with their
     * label, which also takes the click) and links that look like buttons. Links inside running text are exempt.
     */
    smallTargets(host: Element, minimum: number): string[] {
      const problems: string[] = [];
      const root = host.shadowRoot!;
      for (const element of probes.shadowElements(host)) {
        const isControl = element.matches('button, select, textarea, input:not([type="hidden"]), a[part~="button"], a.button');
        if (!isControl || !probes.isShown(element)) continue;
        let box = element.getBoundingClientRect();
        const input = element as HTMLInputElement;
        if (input.type === 'checkbox' || input.type === 'radio') {
          const label = (input.labels?.[0] ?? (input.id ? root.querySelector(`label[for="${input.id}"]`) : null))?.getBoundingClientRect();
          if (label) {
            const [left, top] = [Math.min(box.left, label.left), Math.min(box.top, label.top)];
            box = new DOMRect(left, top, Math.max(box.right, label.right) - left, Math.max(box.bottom, label.bottom) - top);
          }
        }
        if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
          problems.push(`${probes.describe(element)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
        }
      }
      return problems;
    },
  };
  return probes;
}

/**
 * Installs the probes in every page of the context. tsx compiles these tests with esbuild's keepNames, which wraps
 * named functions in `__name(…)`; code sent to the page needs that helper too. Neither is ever seen by the widgets.
 */
export async function installProbes(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name ??= (target) => target;');
  await context.addInitScript(`globalThis.tryggProbes = (${makeProbes.toString()})();`);
}

/** Text in the element below the contrast ratio (a list of what, where and how much; empty when all is readable). */
export function lowContrastText(page: Page, tag: ElementTag, minimum = 4.5): Promise<string[]> {
  return page.locator(tag).evaluate((host, minimum) => window.tryggProbes.lowContrastText(host, minimum), minimum);
}

/** Controls in the element smaller than the project's 44 × 44 px targets. */
export function smallTargets(page: Page, tag: ElementTag, minimum = 44): Promise<string[]> {
  return page.locator(tag).evaluate((host, minimum) => window.tryggProbes.smallTargets(host, minimum), minimum);
}
