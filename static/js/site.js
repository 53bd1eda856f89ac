/*
 * Progressive enhancement only: every page works without this file.
 *
 * Practice library filters: on narrow screens the filter panel folds behind
 * a real <button aria-expanded> placed inside the panel's heading (the
 * disclosure pattern), so the results come first on a phone. On wider
 * screens, or without JavaScript, the panel is simply open.
 */
(function () {
  "use strict";

  // Keep in step with the 48rem breakpoint of .layout-with-filters in site.css.
  var NARROW = "(max-width: 47.99rem)";

  function setUpFilters(form) {
    var heading = form.querySelector("h2");
    var panel = form.querySelector(".filters__panel");
    if (!heading || !panel || !panel.id || !window.matchMedia) {
      return;
    }
    var title = heading.textContent.trim();
    var narrow = window.matchMedia(NARROW);
    var button = null;

    function chosenCount() {
      return form.querySelectorAll("input[type=checkbox]:checked").length;
    }

    function fold() {
      button = document.createElement("button");
      button.type = "button";
      button.className = "filters__toggle";
      button.setAttribute("aria-expanded", "false");
      button.setAttribute("aria-controls", panel.id);
      var label = document.createElement("span");
      label.textContent = title;
      button.appendChild(label);
      var count = chosenCount();
      if (count) {
        var badge = document.createElement("span");
        badge.className = "filters__count";
        badge.textContent = "(" + count + ")";
        button.appendChild(badge);
      }
      button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") === "true";
        button.setAttribute("aria-expanded", open ? "false" : "true");
        panel.hidden = open;
      });
      heading.textContent = "";
      heading.appendChild(button);
      panel.hidden = true;
    }

    function unfold() {
      heading.textContent = title;
      panel.hidden = false;
      button = null;
    }

    function update() {
      if (narrow.matches && !button) {
        fold();
      } else if (!narrow.matches && button) {
        unfold();
      }
    }

    if (narrow.addEventListener) {
      narrow.addEventListener("change", update);
    } else if (narrow.addListener) {
      narrow.addListener(update);
    }
    update();
  }

  var forms = document.querySelectorAll("[data-filters]");
  for (var i = 0; i < forms.length; i++) {
    setUpFilters(forms[i]);
  }
})();
