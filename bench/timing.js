/* global document, requestAnimationFrame */
// Helpers shared by the benchmark pages. Every figure is a performance.measure() that tachometer reads by name.

/** Style and layout now, so a measure includes them and not only the script that changed the DOM. */
export function forceLayout() {
  return document.documentElement.getBoundingClientRect().height;
}

/** Runs `work`, waits for what it awaits, forces style and layout, and records the time as the measure `name`. */
export async function measure(name, work) {
  const start = `${name}:start`;
  performance.mark(start);
  await work();
  forceLayout();
  performance.measure(name, start);
}

/** The next `type` event on `target`. */
export function nextEvent(target, type) {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}

/** Lets queued tasks (a lazily loaded chunk, a timer at 0) run, without the 4 ms clamp of setTimeout. */
function yieldToTasks() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
}

/** Waits until `condition()` holds, checking after each of the element's updates: a condition, never a fixed time. */
export async function until(element, condition) {
  await element.updateComplete;
  while (!condition()) {
    await yieldToTasks();
    await element.updateComplete;
  }
}

/** Two animation frames: whatever the last step scheduled has run before the next step is measured. */
export async function settleFrames() {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** An element of the library, with the fixture API, appended to the page. */
export function createElement(tag, api, attributes = {}) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.api = api;
  document.body.append(element);
  return element;
}

/** Fails loudly on the page (tachometer then times out) rather than recording a figure of a broken render. */
export function expect(condition, message) {
  if (!condition) {
    document.title = `FAILED: ${message}`;
    throw new Error(message);
  }
}
