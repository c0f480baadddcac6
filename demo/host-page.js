// The host page's own script: the menu button of a narrow screen. The end-to-end tests use it to check that the
// page's own scripts keep working whatever the widgets meet (strict CSP, the API down, a second copy).
const button = document.querySelector('[data-menu-button]');
const menu = button && document.getElementById(button.getAttribute('aria-controls') ?? '');

if (button && menu) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    menu.hidden = !open;
  });
}
