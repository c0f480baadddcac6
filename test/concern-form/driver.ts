import { fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clearPageCache } from '../../src/core/cached-get.js';
import type { TryggConcernForm } from '../../src/concern-form/concern-form.js';
import '../../src/define/trygg-concern-form.js';
import type { ConcernRequest } from '../../src/core/api-types.js';
import { jsonResponse, stubFetch, type FetchHandler } from '../helpers/http.js';
import { categories, receipt } from './fixtures.js';

export const apiBase = 'https://kommun.example/api/v1/';

export interface SentConcern {
  body: ConcernRequest;
  idempotencyKey: string;
}

/**
 * Stubs the API: GET categories answers `categoryList`, POST concerns goes to `onSubmit` (default: a receipt).
 * Every POST is recorded with its body and Idempotency-Key.
 */
export function stubApi(onSubmit: FetchHandler = () => jsonResponse(receipt(), { status: 201 }), categoryList = categories) {
  const sent: SentConcern[] = [];
  const fetch = stubFetch((url, init) => {
    if (url.pathname.endsWith('/categories')) return jsonResponse({ items: categoryList });
    const headers = init.headers as Record<string, string>;
    sent.push({ body: JSON.parse(String(init.body)), idempotencyKey: headers['Idempotency-Key']! });
    return onSubmit(url, init);
  });
  return { fetch, sent };
}

export const shadow = (form: TryggConcernForm): ShadowRoot => form.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const control = <T extends HTMLElement = HTMLInputElement>(form: TryggConcernForm, id: string): T =>
  shadow(form).querySelector<T>(`#${id}`)!;
export const focused = (form: TryggConcernForm): Element | null => shadow(form).activeElement;

/** A form on the page, its categories loaded. */
export async function mountForm(attributes = ''): Promise<TryggConcernForm> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const form = document.createElement('trygg-concern-form');
  form.id = 'report';
  form.setAttribute('api-base', apiBase);
  form.setAttribute('privacy-url', 'https://kommun.example/personuppgifter');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) form.setAttribute(name!, value!);
  container.append(form);
  await waitUntil(() => shadow(form).querySelector('#categoryId-0') || shadow(form).querySelector('[part~="result"]'), 'categories load');
  return form;
}

/** Types into a text field the way a browser reports it: the value, then an `input` event. */
export async function type(form: TryggConcernForm, id: string, value: string): Promise<void> {
  const field = control<HTMLInputElement | HTMLTextAreaElement>(form, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

export async function choose(form: TryggConcernForm, id: string): Promise<void> {
  control(form, id).click();
  await form.updateComplete;
}

/** The category, the place and the description: the least a report needs. */
export async function fillRequired(form: TryggConcernForm): Promise<void> {
  await choose(form, 'categoryId-0');
  await type(form, 'place', 'Gångtunneln under Storgatan');
  await type(form, 'description', 'Två lampor är trasiga och det är helt mörkt på kvällen.');
}

export async function send(form: TryggConcernForm): Promise<void> {
  control<HTMLButtonElement>(form, 'send').click();
  await form.updateComplete;
}

function resetStorage(): void {
  sessionStorage.clear();
  localStorage.removeItem('trygg:outbox:v1');
}

/** Each test starts with no page cache, no drafts and an empty outbox, and ends with its stubs undone. */
export function startEachTestClean(): void {
  beforeEach(() => {
    clearPageCache();
    resetStorage();
  });
  afterEach(() => {
    sinon.restore();
    resetStorage();
  });
}
