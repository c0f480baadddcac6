// "För redaktörer": the per-page feedback summary from the staff API. Demo only: the reference server hands its
// generated development token to this page (GET /demo/config.json); a real site keeps staff views behind a login.
const panel = document.querySelector('[data-editor-panel]');
const output = panel?.querySelector('[data-summary]');
const refresh = panel?.querySelector('[data-refresh]');
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent' });
const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

function element(name, text, attributes = {}) {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function renderSummary(pages) {
  if (pages.length === 0) return element('p', 'Inga svar än.');
  // A wide table scrolls inside its own box, so a 320 px screen never scrolls the page sideways.
  const scroller = element('div', undefined, { class: 'table-scroll', role: 'region', 'aria-label': 'Svar per sida', tabindex: '0' });
  const table = scroller.appendChild(element('table'));
  table.append(element('caption', 'Svar per sida, flest svar först'));
  const head = element('tr');
  for (const title of ['Sida', 'Ja', 'Nej', 'Andel ja', 'Senaste kommentarer']) head.append(element('th', title, { scope: 'col' }));
  table.appendChild(element('thead')).append(head);
  const body = table.appendChild(element('tbody'));
  for (const page of pages) {
    const row = element('tr');
    row.append(element('th', page.pageTitle ?? page.pageId, { scope: 'row', title: page.pageId }));
    row.append(element('td', String(page.yes)), element('td', String(page.no)), element('td', percent.format(page.shareYes)));
    const comments = element('td');
    const list = comments.appendChild(element('ul'));
    for (const { comment, helpful, receivedAt } of page.latestComments) {
      list.append(element('li', `${helpful ? 'Ja' : 'Nej'}, ${dateTime.format(new Date(receivedAt))}: ${comment}`));
    }
    row.append(comments);
    body.append(row);
  }
  return scroller;
}

async function load() {
  if (!output) return;
  output.replaceChildren(element('p', 'Hämtar …'));
  try {
    // A refusal's body is read too: left unread, the browser keeps the request open (and a page never goes idle).
    const config = await fetch('/demo/config.json').then(async (response) => (response.ok ? response.json() : Promise.reject(await response.text())));
    const response = await fetch('/api/v1/staff/feedback/summary', { headers: { Authorization: `Bearer ${config.staffToken}` } });
    if (!response.ok) throw await response.text();
    output.replaceChildren(renderSummary((await response.json()).pages));
  } catch {
    output.replaceChildren(element('p', 'Sammanställningen går bara att visa när demoservern körs (npm start).'));
  }
}

refresh?.addEventListener('click', load);
load();
