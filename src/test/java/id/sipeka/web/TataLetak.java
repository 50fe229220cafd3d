package id.sipeka.web;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a user would trip over on the page shown now, measured in the browser: at every width, a grid's header cells
 * that do not line up with its columns; on a phone also the page (or the app's content area) scrolling sideways, a
 * name or a state in a grid cell or a Beranda card cut off (its text wider than its box), a button partly outside
 * the screen. Returns one line per problem, empty when there is none.
 */
final class TataLetak {

    private static final String PERIKSA = """
            const ponsel = arguments[0];
            const lebar = window.innerWidth;
            const masalah = [];
            const tampak = el => el.checkVisibility && el.checkVisibility() && el.getBoundingClientRect().width > 0;
            const nama = el => (el.id ? '#' + el.id : el.tagName.toLowerCase()) + ' "' + (el.innerText || '').trim().slice(0, 40) + '"';
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (!tampak(grid) || !grid.shadowRoot) continue;
              const kepala = [...grid.shadowRoot.querySelectorAll('thead tr:last-child th')].filter(c => !c.hidden);
              const badan = [...grid.shadowRoot.querySelectorAll('tbody tr:not([hidden]) td')].filter(c => !c.hidden);
              const baris = badan.length ? [...badan[0].parentElement.children].filter(c => !c.hidden) : [];
              baris.forEach((td, i) => {
                const th = kepala[i];
                if (th && Math.abs(th.getBoundingClientRect().width - td.getBoundingClientRect().width) > 1) {
                  masalah.push('kepala kolom tidak sejajar: ' + nama(grid) + ' kolom ' + (i + 1) + ' '
                      + Math.round(th.getBoundingClientRect().width) + ' ≠ ' + Math.round(td.getBoundingClientRect().width));
                }
              });
            }
            if (!ponsel) return masalah;
            if (document.scrollingElement.scrollWidth > lebar + 1) {
              masalah.push('halaman bergulir ke samping: ' + document.scrollingElement.scrollWidth + ' > ' + lebar);
            }
            const layout = document.querySelector('vaadin-app-layout');
            const konten = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (konten && konten.scrollWidth > konten.clientWidth + 1) {
              masalah.push('isi halaman bergulir ke samping: ' + konten.scrollWidth + ' > ' + konten.clientWidth);
            }
            for (const sel of document.querySelectorAll('vaadin-grid-cell-content, .baris-kartu .teks > div')) {
              if (tampak(sel) && sel.innerText.trim() && sel.scrollWidth > sel.clientWidth + 1) {
                masalah.push('teks terpotong: ' + nama(sel));
              }
            }
            for (const b of document.querySelectorAll('vaadin-button')) {
              if (!tampak(b) || b.closest('vaadin-grid')) continue;
              const r = b.getBoundingClientRect();
              if (r.left < -1 || r.right > lebar + 1) {
                masalah.push('tombol di luar layar: ' + nama(b) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
              }
            }
            return masalah;
            """;

    private TataLetak() {
    }

    @SuppressWarnings("unchecked")
    static List<String> masalah(ChromeDriver browser, boolean ponsel) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(PERIKSA, ponsel);
    }
}
