package org.liandong.query.projection;

/** The coverage of each version of each projection. */
public interface Coverages {

  /** What the given version of the projection covers, as of the last refresh. */
  Coverage of(String projection, int version);
}
