/* Accessibility repairs of what Dash 4 components render, where no prop of theirs reaches
 * (issue 19; checked by tests/browser/test_accessibility.py with axe-core):
 *
 * - dcc.RadioItems / dcc.Checklist render a role="listbox" of role="option" labels that
 *   wrap native inputs (an interactive control inside another): the list becomes a
 *   radiogroup / group, the labels lose the option role, the native inputs speak for
 *   themselves (arrow keys move between radios as in any radio group).
 * - dcc.Dropdown puts the Tab stop on a hidden input (aria-hidden yet focusable) and names
 *   its button by the value alone (nothing when empty, the count before the values when
 *   several): the button becomes the Tab stop, named by its label then its value.
 * - dcc.Slider's thumbs and number boxes carry no name: they take the slider's label.
 * - dcc.Upload's file input takes the drop zone's text as its name.
 * - dcc.Tabs renders plain divs: they become a tablist (named by the element of id
 *   "<tabs id>--label") of tabs, one Tab stop (the selected tab), arrow keys, Home and End
 *   move and show, Enter and Space show (WAI-ARIA tabs pattern).
 *
 * A control's label is the <label for=its id> the layout ties to it (callbacks/a11y.py).
 * Every repair only sets what differs, so the observer that re-runs them settles.
 */
(function () {
  'use strict';

  function set(el, name, value) {
    if (value === null) {
      if (el.hasAttribute(name)) { el.removeAttribute(name); }
    } else if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  }

  function labelId(id) {
    if (!id) { return null; }
    const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (!label) { return null; }
    if (!label.id) { label.id = `${id}--label`; }
    return label.id;
  }

  function optionsList(list) {
    set(list, 'role', list.classList.contains('dash-radioitems') ? 'radiogroup' : 'group');
    set(list, 'aria-labelledby', labelId(list.id));
    list.querySelectorAll(':scope > .dash-options-list-option').forEach(option => {
      set(option, 'role', null);
      set(option, 'aria-selected', null);
    });
  }

  function dropdown(button) {
    const focusTarget = button.previousElementSibling;
    if (focusTarget && focusTarget.classList.contains('dash-dropdown-focus-target')) {
      set(focusTarget, 'tabindex', '-1');
    }
    set(button, 'tabindex', button.disabled ? '-1' : '0');
    // Named by its label, then its value (or placeholder). With several values shown, by
    // its <label for> and content alone: axe counts the clear button's name as content.
    const several = document.getElementById(`${button.id}-value-count`);
    const names = [labelId(button.id), `${button.id}-value`].filter(Boolean).join(' ');
    set(button, 'aria-labelledby', several ? null : names);
  }

  function slider(root) {
    const name = labelId(root.id);
    if (!name) { return; }
    root.querySelectorAll('[role=slider], input[type=number]').forEach(part => {
      set(part, 'aria-labelledby', name);
    });
  }

  function upload(input) {
    const zone = input.closest('[id]');
    if (zone) { set(input, 'aria-label', zone.innerText.trim() || null); }
  }

  function tabs(parent) {
    const list = parent.querySelector(':scope > .tab-container');
    if (!list) { return; }
    set(list, 'role', 'tablist');
    if (document.getElementById(`${list.id}--label`)) {
      set(list, 'aria-labelledby', `${list.id}--label`);
    }
    list.querySelectorAll(':scope > .tab').forEach(tab => {
      const selected = tab.classList.contains('tab--selected');
      set(tab, 'role', 'tab');
      set(tab, 'aria-selected', String(selected));
      set(tab, 'tabindex', selected ? '0' : '-1');
    });
    const panel = parent.querySelector(':scope > .tab-content');
    if (panel) { set(panel, 'role', 'tabpanel'); }
    if (!list.dataset.keys) {
      list.dataset.keys = 'on';
      list.addEventListener('keydown', tabKeys);
    }
  }

  function tabKeys(event) {
    const all = [...event.currentTarget.querySelectorAll(':scope > .tab')];
    const at = all.indexOf(event.target);
    if (at < 0) { return; }
    const moves = {
      ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1,
      Enter: at, ' ': at,
    };
    if (!(event.key in moves)) { return; }
    event.preventDefault();
    const next = all[(moves[event.key] + all.length) % all.length];
    next.click();
    next.focus();
  }

  function repair() {
    document.querySelectorAll('.dash-radioitems, .dash-checklist').forEach(optionsList);
    document.querySelectorAll('button.dash-dropdown[id]').forEach(dropdown);
    document.querySelectorAll('.dash-slider-container[id], .dash-range-slider[id]')
      .forEach(slider);
    document.querySelectorAll('[id] input[type=file]').forEach(upload);
    document.querySelectorAll('.tab-parent').forEach(tabs);
  }

  let pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    queueMicrotask(() => { pending = false; repair(); });
  }

  function start() {
    repair();
    new MutationObserver(schedule).observe(document.body, {
      childList: true, subtree: true, attributes: true,
      attributeFilter: ['aria-selected', 'tabindex', 'class', 'role', 'disabled'],
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
