package org.liandong.model.code;

/**
 * A code from the reference data (a region, department, goods category or unit): a string of a
 * checked form, ordered by that string, so that sets of codes and tables sorted by code read the
 * same wherever they are made.
 *
 * @param <C> the kind of code, which only compares with its own kind
 */
public interface Code<C extends Code<C>> extends Comparable<C> {

  /** The code as written in JSON and in the reference data. */
  String value();

  @Override
  default int compareTo(C other) {
    return value().compareTo(other.value());
  }
}
