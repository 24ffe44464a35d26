package org.iucnkg.query;

/** One page of a query's rows (pages numbered from 1) and the number of rows of all pages. */
public record Page(Rows rows, long total, int page, int size) {

    /** The number of the last page; 1 when there are no rows. */
    public int lastPage() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
