package id.sipeka.inbox;

import id.sipeka.base.HitunganMenu;
import org.springframework.stereotype.Component;

/** The number beside "Tugas Saya" in the menu: the signed-in user's open tasks. */
@Component
class HitunganTugasSaya implements HitunganMenu {

    private final InboxService inbox;

    HitunganTugasSaya(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String rute() {
        return "tugas";
    }

    @Override
    public long jumlah() {
        return inbox.jumlahTugasSaya();
    }
}
