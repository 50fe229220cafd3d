package id.sipeka.base;

/**
 * The record asked for does not exist, or the signed-in user may not read it. Both are this one exception with one
 * message, so nobody learns from an answer which ids exist in another kecamatan: screens show the not-found page,
 * the REST API answers 404. A record the user may read but not change stays an {@code AccessDeniedException}.
 */
public class DataTidakDitemukanException extends RuntimeException {

    public DataTidakDitemukanException() {
        super(Pesan.get("umum.tidakDitemukan"));
    }
}
