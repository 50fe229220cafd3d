package id.sipeka.renja;

public enum JenisRenja {
    MURNI, PERUBAHAN
}
