package org.liandong.query.cases;

import static org.liandong.query.projection.Stored.nested;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.liandong.query.projection.OncePerSequence;

/**
 * The cases a department has been involved in, kept by {@link CaseFileProjection} beside the case
 * documents, one document per department: so that the cases a department holds or awaits are read
 * by their ids, at a cost that grows with that department's cases and not with the whole store (the
 * stand-in answers no query on {@code holder} without scanning). A case is marked when it is sent
 * from or to the department, and unmarked when the department returns it; a case the department
 * sent and the other accepted stays marked, so the list is a superset that the case documents
 * themselves narrow down ({@link CaseFiles#heldOrAwaitedBy}).
 */
final class DepartmentCases {

  private static final String PREFIX = "department/";
  private static final String CASES = "cases";
  private static final String MARKED = "marked";

  private DepartmentCases() {}

  /** The document of a department; no case id has a slash, so no case document has this id. */
  static String id(String department) {
    return PREFIX + department;
  }

  /** Whether a stored document of the projection is a department's list, not a case. */
  static boolean isList(Document stored) {
    return stored.getString("_id").startsWith(PREFIX);
  }

  static String marked(String caseId) {
    return CASES + "." + caseId + "." + MARKED;
  }

  static String lastSequence(String caseId) {
    return OncePerSequence.lastSequence(CASES + "." + caseId);
  }

  /** The ids of the cases marked in a department's list; none where it has no list. */
  static List<String> caseIds(Document stored) {
    if (stored == null) {
      return List.of();
    }
    return nested(stored, CASES).entrySet().stream()
        .filter(entry -> ((Document) entry.getValue()).getBoolean(MARKED, false))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
