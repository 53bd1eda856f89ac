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

  /*
   * Phone header: one "Menu" button (a disclosure) folds the language
   * switcher and the main navigation with the search, so the first screen
   * shows the page's content. Same breakpoint as the header rules in site.css.
   */
  function setUpMenu() {
    var button = document.querySelector(".site-menu-toggle");
    var nav = document.getElementById("site-nav");
    var languages = document.getElementById("site-languages");
    if (!button || !nav || !window.matchMedia) {
      return;
    }
    var panels = languages ? [languages, nav] : [nav];
    button.setAttribute("aria-controls", panels.map(function (panel) {
      return panel.id;
    }).join(" "));
    var narrow = window.matchMedia(NARROW);

    function show(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      for (var i = 0; i < panels.length; i++) {
        panels[i].hidden = !open;
      }
    }

    function update() {
      button.hidden = !narrow.matches;
      show(!narrow.matches);
    }

    button.addEventListener("click", function () {
      show(button.getAttribute("aria-expanded") !== "true");
    });
    if (narrow.addEventListener) {
      narrow.addEventListener("change", update);
    } else if (narrow.addListener) {
      narrow.addListener(update);
    }
    update();
  }

  setUpMenu();

  var forms = document.querySelectorAll("[data-filters]");
  for (var i = 0; i < forms.length; i++) {
    setUpFilters(forms[i]);
  }
})();
