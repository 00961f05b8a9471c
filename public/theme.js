/* Applies the reader's stored colour theme before the first paint, so a page never flashes in the
   wrong colours. Loaded as a blocking external script in <head> (the CSP allows no inline script).
   The switch that stores the choice is in src/scripts/site.ts. */
(function () {
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch (e) {
    /* storage disabled: follow the system */
  }
})();
