package org.liandong.query.export;

import java.time.Instant;
import java.util.List;

/**
 * A view that can also be downloaded as a spreadsheet: {@code ?format=xlsx} gives every table, one
 * sheet each; {@code ?format=csv} gives one table, the first unless {@code table} names another.
 */
public interface Tabular {

  /** The download's file name, without extension. */
  String fileName();

  List<Table> tables();

  /**
   * What a view as it stood at a past moment adds to its file name: {@code
   * -as-of-2020-12-31T16-00-00Z}, the moment's colons made dashes, as file names may not have them.
   */
  static String asOf(Instant recordedBy) {
    return "-as-of-" + recordedBy.toString().replace(':', '-');
  }
}
