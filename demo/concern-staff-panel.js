// "För handläggare": the latest concerns from the staff API, to show what a report carries (and what it leaves out
// without consent). Demo only: the reference server hands its development token to this page (GET /demo/config.json).
const panel = document.querySelector('[data-staff-panel]');
const output = panel?.querySelector('[data-concerns]');
const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

function withText(name, text) {
  const node = document.createElement(name);
  node.textContent = text;
  return node;
}

function renderConcerns(items) {
  const list = document.createElement('ul');
  for (const concern of items.slice(0, 10)) {
    const contact = concern.contact ? Object.values(concern.contact).join(', ') : 'ingen kontakt (inget samtycke)';
    const when = dateTime.format(new Date(concern.createdAt));
    list.append(withText('li', `${concern.reference}, ${when}: ${concern.categoryId}, ${concern.place.description} – ${contact}`));
  }
  return list;
}

async function load() {
  if (!output) return;
  output.replaceChildren(withText('p', 'Hämtar …'));
  try {
    const config = await fetch('/demo/config.json').then((response) => (response.ok ? response.json() : Promise.reject(response.status)));
    const response = await fetch('/api/v1/staff/concerns', { headers: { Authorization: `Bearer ${config.staffToken}` } });
    if (!response.ok) throw response.status;
    output.replaceChildren(renderConcerns((await response.json()).items));
  } catch {
    output.replaceChildren(withText('p', 'Listan går bara att visa när demoservern körs (npm start).'));
  }
}

panel?.querySelector('[data-refresh]')?.addEventListener('click', load);
load();
