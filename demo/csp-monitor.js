// Counts what the page's Content Security Policy blocks, so a person (and the end-to-end test) can see that the
// widgets need no exception. A classic script in <head>: it listens before any module runs.
(() => {
  const violations = [];
  window.tryggCspViolations = violations;

  function describe(event) {
    return `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile || 'page'}:${event.lineNumber})`;
  }

  function show() {
    const report = document.querySelector('[data-csp-report]');
    if (!report) return;
    report.textContent =
      violations.length === 0
        ? 'Säkerhetspolicyn har inte stoppat något på sidan.'
        : `Säkerhetspolicyn stoppade ${violations.length} saker: ${violations.join('; ')}`;
    report.classList.toggle('csp-blocked', violations.length > 0);
  }

  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(describe(event));
    show();
  });
  document.addEventListener('DOMContentLoaded', show);
})();
