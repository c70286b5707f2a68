package org.liandong.query.export;

import java.util.List;

/**
 * A view that can also be downloaded as a spreadsheet: {@code ?format=xlsx} gives every table, one
 * sheet each; {@code ?format=csv} gives one table, the first unless {@code table} names another.
 */
public interface Tabular {

  /** The download's file name, without extension. */
  String fileName();

  List<Table> tables();
}
