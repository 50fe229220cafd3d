package id.sipeka.dokumen;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A Pageable for a grid's lazy reads, which ask for rows by offset and count ({@code Query.getOffset/getLimit}), not
 * always aligned to pages: Spring Data reads {@link #getOffset()} and {@link #getPageSize()} into the query.
 */
record DariBatas(long dari, int batas) implements Pageable {

    DariBatas {
        if (dari < 0 || batas < 1) {
            throw new IllegalArgumentException("dari >= 0, batas >= 1");
        }
    }

    @Override
    public int getPageNumber() {
        return (int) (dari / batas);
    }

    @Override
    public int getPageSize() {
        return batas;
    }

    @Override
    public long getOffset() {
        return dari;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new DariBatas(dari + batas, batas);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new DariBatas(Math.max(dari - batas, 0), batas) : first();
    }

    @Override
    public Pageable first() {
        return new DariBatas(0, batas);
    }

    @Override
    public Pageable withPage(int halaman) {
        return new DariBatas((long) halaman * batas, batas);
    }

    @Override
    public boolean hasPrevious() {
        return dari > 0;
    }
}
