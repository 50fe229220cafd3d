package id.sipeka.organisasi;

public enum JenisDesa {
    DESA, KELURAHAN
}
