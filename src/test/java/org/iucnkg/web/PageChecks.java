package org.iucnkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every page must satisfy: a small accessibility check, a phone-width layout, and screenshots at both widths. */
final class PageChecks {
    /** Names the elements that break a rule, one line each: an empty list means the page passes. */
    private static final String PROBLEMS = """
            const problems = [];
            const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
            const h1s = document.querySelectorAll('h1');
            if (h1s.length !== 1) problems.push('expected one h1, found ' + h1s.length);
            document.querySelectorAll('input, select, textarea').forEach((el) => {
              if (['hidden', 'submit', 'button', 'reset'].includes(el.type)) return;
              const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.closest('label')
                || (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'));
              if (!labelled) problems.push('no label: ' + el.outerHTML.substring(0, 120));
            });
            document.querySelectorAll('svg').forEach((el) => {
              if (el.closest('[aria-hidden="true"]') || el.parentElement.closest('svg')) return;
              const named = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.querySelector(':scope > title');
              if (!named && visible(el)) problems.push('svg without title: ' + el.outerHTML.substring(0, 120));
            });
            document.querySelectorAll('img').forEach((el) => { if (!el.hasAttribute('alt')) problems.push('img without alt: ' + el.src); });
            document.querySelectorAll('a').forEach((el) => {
              if (visible(el) && !el.textContent.trim() && !el.getAttribute('aria-label') && !el.querySelector('title, img[alt]'))
                problems.push('link without text: ' + el.outerHTML.substring(0, 120));
            });
            return problems;
            """;

    /** The outermost elements reaching past the window's right edge. */
    private static final String TOO_WIDE = """
            return [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
              .filter((el) => !(el.parentElement.getBoundingClientRect().right > window.innerWidth + 1))
              .slice(0, 8).map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().width) + 'px');
            """;

    private PageChecks() {}

    /** Checks the open page at desktop and phone width and saves a screenshot of each as {name}-desktop / {name}-phone. */
    static void check(Browser browser, String name) {
        browser.size(Browser.DESKTOP);
        assertThat(problems(browser)).as("accessibility problems on " + name).isEmpty();
        browser.screenshot(name + "-desktop");
        browser.size(Browser.PHONE);
        browser.screenshot(name + "-phone");
        long overflow = ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertThat(overflow).as(name + " scrolls sideways at phone width by (px); too wide: " + browser.script(TOO_WIDE))
                .isLessThanOrEqualTo(0);
        browser.size(Browser.DESKTOP);
    }

    @SuppressWarnings("unchecked")
    static List<String> problems(Browser browser) {
        return (List<String>) browser.script(PROBLEMS);
    }
}
