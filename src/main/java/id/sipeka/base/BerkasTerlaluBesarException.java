package id.sipeka.base;

/** An upload passed its limit while it was read; what was read so far is dropped and nothing is stored. */
public class BerkasTerlaluBesarException extends AturanDilanggarException {

    public BerkasTerlaluBesarException(String namaBerkas, long batasByte) {
        super(Pesan.get("unggah.terlaluBesar", namaBerkas, BatasUnggah.megabyte(batasByte)));
    }
}
