/*
 * Autocomplete for search fields with a data-suggest-url attribute.
 *
 * Progressive enhancement: without this script the field is a plain search
 * field in a GET form. With it, the field becomes an ARIA 1.2 combobox with a
 * listbox of titles from the suggest endpoint (/<lang>/search/suggest/?q=).
 * Arrow keys move through the options, Enter picks one and searches, Escape
 * closes the list; a polite live region says how many suggestions there are.
 */
(function () {
  "use strict";

  var DELAY = 200;
  var MIN_LENGTH = 2;

  function setUp(input, index) {
    var url = input.getAttribute("data-suggest-url");
    var form = input.form;
    if (!url || !form || !window.fetch) {
      return;
    }
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.insertAdjacentElement("afterend", list);
    list.insertAdjacentElement("afterend", status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var timer = null;
    var active = -1;
    var controller = null;

    function options() {
      return list.querySelectorAll("[role=option]");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(position) {
      var items = options();
      if (!items.length) {
        return;
      }
      active = (position + items.length) % items.length;
      for (var i = 0; i < items.length; i++) {
        items[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }

    function choose(item) {
      input.value = item.textContent;
      close();
      form.submit();
    }

    function show(titles) {
      list.textContent = "";
      titles.forEach(function (title, position) {
        var item = document.createElement("li");
        item.id = listId + "-" + position;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = title;
        // mousedown, not click: it comes before the field loses focus.
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(item);
        });
        list.appendChild(item);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = titles.length === 0;
      input.setAttribute("aria-expanded", titles.length ? "true" : "false");
      status.textContent = titles.length ? list.getAttribute("data-count-text").replace("%s", titles.length) : "";
    }
    list.setAttribute("data-count-text", input.getAttribute("data-suggest-count") || "%s");

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        show([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      var address = url + "?q=" + encodeURIComponent(text);
      fetch(address, { headers: { Accept: "application/json" }, signal: controller && controller.signal })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === text) {
            show(data.suggestions || []);
          }
        })
        .catch(function () {
          /* Offline or aborted: the plain search still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(options()[active]);
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  function start() {
    var fields = document.querySelectorAll("input[data-suggest-url]");
    for (var i = 0; i < fields.length; i++) {
      setUp(fields[i], i);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
