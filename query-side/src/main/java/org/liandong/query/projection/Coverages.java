package org.liandong.query.projection;

/** The coverage of the version of each projection that serves reads. */
public interface Coverages {

  Coverage of(String projection);
}
